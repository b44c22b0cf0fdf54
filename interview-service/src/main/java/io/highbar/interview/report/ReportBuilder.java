package io.highbar.interview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.interview.report.SessionReport.CompetencyResult;
import io.highbar.interview.report.SessionReport.DimensionResult;
import io.highbar.interview.report.SessionReport.FixNext;
import io.highbar.interview.report.SessionReport.FlagFound;
import io.highbar.interview.report.SessionReport.PacingResult;
import io.highbar.interview.report.SessionReport.Segment;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;

/**
 * Builds a session's report from its evaluated answers. Per competency, each main question counts once: in MOCK its
 * answer and follow-ups together (a dimension scores what the best of them showed, since a follow-up exists to let
 * the candidate fill that gap); in DRILL the latest evaluated attempt. Overall, verdict and level come from the main
 * answers (follow-ups are scored against the whole rubric, so their overall would understate the candidate).
 */
final class ReportBuilder {

    private static final List<String> LEVELS = List.of("NONE", "SDE1", "SDE2", "SENIOR", "STAFF");
    private static final int MAX_FLAGS = 50;

    private ReportBuilder() {
    }

    static SessionReport build(Session session) {
        List<CompetencyResult> competencies = new ArrayList<>();
        List<Answer> headlines = new ArrayList<>();
        List<DimensionGap> gaps = new ArrayList<>();
        for (String competencyId : session.competencyIds()) {
            List<List<Answer>> questions = questions(session, competencyId);
            List<Answer> mains = questions.stream().map(ReportBuilder::headline).toList();
            headlines.addAll(mains);
            CardDigest card = session.card(competencyId).orElse(null);
            Map<String, List<Integer>> perQuestion = new LinkedHashMap<>();
            Map<String, Integer> attempts = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> feedbackOfWeakest = new LinkedHashMap<>();
            Map<String, Integer> weakestScore = new LinkedHashMap<>();
            for (List<Answer> question : questions) {
                Map<String, Integer> best = new LinkedHashMap<>();
                for (Answer a : question) {
                    for (DimensionScore d : a.evaluation().dimensions()) {
                        int score = a.effectiveScores().getOrDefault(d.key(), d.score());
                        best.merge(d.key(), score, Math::max);
                        attempts.merge(d.key(), 1, Integer::sum);
                        titles.putIfAbsent(d.key(), d.title());
                        if (score < weakestScore.getOrDefault(d.key(), Integer.MAX_VALUE)) {
                            weakestScore.put(d.key(), score);
                            feedbackOfWeakest.put(d.key(), d.feedback());
                        }
                    }
                }
                best.forEach((k, v) -> perQuestion.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
            List<DimensionResult> dimensions = new ArrayList<>();
            perQuestion.forEach((key, scores) -> {
                double mean = round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
                String title = card == null ? titles.get(key)
                        : card.signal(key).map(CardDigest.Signal::title).orElse(titles.get(key));
                dimensions.add(new DimensionResult(key, title, mean, attempts.getOrDefault(key, 0)));
                if (mean < 2) {
                    double weight = card == null ? 1.0 : card.weight(key);
                    gaps.add(new DimensionGap(competencyId, key, title, mean, weight, feedbackOfWeakest.get(key)));
                }
            });
            int answered = (int) session.answers().stream()
                    .filter(a -> competencyId.equals(a.competencyId()) && a.isGraded()).count();
            competencies.add(new CompetencyResult(competencyId, answered, meanOverall(mains), meanScore(mains),
                    mains.isEmpty() ? null : lowestLevel(mains), dimensions));
        }
        List<FlagFound> flags = flags(session);
        Double overall = meanOverall(headlines);
        String levelReached = headlines.isEmpty() ? "NONE" : lowestLevel(headlines);
        Boolean meets = session.targetLevel() == null ? null
                : LEVELS.indexOf(levelReached) >= LEVELS.indexOf(session.targetLevel());
        return new SessionReport(session.id(), session.mode(), session.status(), session.candidateId(),
                session.company(), session.targetLevel(), overall, overall == null ? null : verdict(overall),
                levelReached, meets, competencies, flags, pacing(headlines), fixNext(flags, gaps),
                (int) session.answers().stream().filter(Answer::overTime).count(), session.answers().size());
    }

    /** The evaluated answers of each main question of a competency, in the order asked. */
    private static List<List<Answer>> questions(Session session, String competencyId) {
        Map<String, List<Answer>> byMain = new LinkedHashMap<>();
        for (Answer a : session.answers()) {
            if (!competencyId.equals(a.competencyId()) || !a.isGraded()) {
                continue;
            }
            byMain.computeIfAbsent(mainQuestionId(a), k -> new ArrayList<>()).add(a);
        }
        List<List<Answer>> questions = new ArrayList<>();
        for (List<Answer> answers : byMain.values()) {
            if (session.mode() == SessionMode.DRILL) {
                questions.add(List.of(answers.get(answers.size() - 1)));
            } else if (answers.stream().anyMatch(Answer::isMain)) {
                questions.add(answers);
            }
        }
        return questions;
    }

    private static Answer headline(List<Answer> question) {
        return question.stream().filter(Answer::isMain).reduce((first, second) -> second).orElse(question.get(0));
    }

    private static String mainQuestionId(Answer a) {
        int at = a.questionId().indexOf(".follow-up.");
        return at < 0 ? a.questionId() : a.questionId().substring(0, at);
    }

    private static List<FlagFound> flags(Session session) {
        Set<String> seen = new LinkedHashSet<>();
        List<FlagFound> flags = new ArrayList<>();
        for (Answer a : session.answers()) {
            if (!a.isGraded()) {
                continue;
            }
            for (Evaluation.Flag f : a.evaluation().flags()) {
                if (flags.size() < MAX_FLAGS && seen.add(a.competencyId() + "|" + f.key())) {
                    String quote = f.evidence().isEmpty() ? null : f.evidence().get(0).quote();
                    flags.add(new FlagFound(f.key(), f.title(), f.kind(), quote, f.fix(), a.answerId(),
                            a.competencyId()));
                }
            }
        }
        flags.sort(Comparator.comparingInt(f -> "RED_FLAG".equals(f.kind()) ? 0 : 1));
        return flags;
    }

    private static List<PacingResult> pacing(List<Answer> headlines) {
        return headlines.stream().filter(a -> a.evaluation().star() != null)
                .map(a -> new PacingResult(a.answerId(), a.competencyId(), a.evaluation().star().estimatedSeconds(),
                        a.evaluation().star().segments().stream()
                                .map(s -> new Segment(s.part(), s.share(), s.estimatedSeconds())).toList(),
                        a.evaluation().star().pacing()))
                .toList();
    }

    /** Red flags first, then the weakest dimensions weighted by the card, then anti-patterns: the top three. */
    private static List<FixNext> fixNext(List<FlagFound> flags, List<DimensionGap> gaps) {
        List<FixNext> fixes = new ArrayList<>();
        flags.stream().filter(f -> "RED_FLAG".equals(f.kind())).forEach(f -> fixes.add(new FixNext(f.competencyId(),
                null, f.key(), "Red flag: " + f.title() + (f.quote() == null ? "" : " (\"" + f.quote() + "\")"),
                f.fix())));
        gaps.stream()
                .sorted(Comparator.comparingDouble((DimensionGap g) -> -(2 - g.score()) * g.weight()))
                .forEach(g -> fixes.add(new FixNext(g.competencyId(), g.key(), null,
                        g.title() + " scored " + g.score() + " of 2", g.feedback())));
        flags.stream().filter(f -> !"RED_FLAG".equals(f.kind())).forEach(f -> fixes.add(new FixNext(f.competencyId(),
                null, f.key(), "Anti-pattern: " + f.title() + (f.quote() == null ? "" : " (\"" + f.quote() + "\")"),
                f.fix())));
        return fixes.stream().limit(3).toList();
    }

    private static Double meanOverall(List<Answer> answers) {
        return answers.isEmpty() ? null
                : round(answers.stream().mapToDouble(a -> a.evaluation().overall()).average().orElse(0));
    }

    private static Double meanScore(List<Answer> answers) {
        return answers.isEmpty() ? null
                : round(answers.stream().mapToDouble(a -> a.evaluation().score()).average().orElse(0));
    }

    private static String lowestLevel(List<Answer> answers) {
        return answers.stream().map(a -> a.evaluation().level()).filter(LEVELS::contains)
                .min(Comparator.comparingInt(LEVELS::indexOf)).orElse("NONE");
    }

    static String verdict(double overall) {
        return Evaluation.Verdict.of(overall).name();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private record DimensionGap(String competencyId, String key, String title, double score, double weight,
                                String feedback) {
    }
}
