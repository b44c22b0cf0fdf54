package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.contracts.evaluation.Evaluation.Evidence;
import io.highbar.contracts.evaluation.Evaluation.Flag;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.Judgement;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;

/**
 * Turns the learned judgement into the evaluation a candidate reads: scores rounded for publication, the
 * sentences that drove each dimension, flags with the card's fix, the checks a bar raiser applies regardless of
 * any model, level, pacing, the next follow-up and a summary.
 */
final class Evaluator {

    static final List<String> LEVELS = List.of("NONE", "SDE1", "SDE2", "SENIOR", "STAFF");

    private final CardIndex index;
    private final CompetencyCard card;
    private final ScoringRequest request;
    private final Reading reading;
    private final Lens lens;

    Evaluator(CardIndex index, ScoringRequest request, Reading reading) {
        this.index = index;
        this.card = index.card();
        this.request = request;
        this.reading = reading;
        this.lens = Lens.of(card, request.company());
    }

    /** An answer the engine will not grade: another language. */
    Evaluation refused(String reason) {
        return new Evaluation(card.id(), 0, Evaluation.NOT_SCORED, 0, "NONE", List.of(), List.of(),
                new Evaluation.Star(reading.words(), 0, List.of(), null), null, reason, lens.name(),
                Levels.normalize(request.targetLevel()), card.rubric().version(), ScoringEngine.VERSION, null, reason);
    }

    Evaluation evaluate(Judgement j, Models models, Collection<CardIndex> library, StarSegmenter star) {
        int signals = index.signals().size();
        int[] scores = new int[signals];
        for (int d = 0; d < signals; d++) {
            scores[d] = models.dimensionCuts().score(j.dims()[d]);
        }
        Checks checks = Checks.of(reading, j, index, models.flagAt(), models.jumbledAt(), models.offPrincipleAt());
        if (checks.cap() <= 1.0) {
            java.util.Arrays.fill(scores, 0);
        } else if (checks.cap() < 2.5) {
            for (int d = 0; d < signals; d++) {
                scores[d] = Math.min(scores[d], 1);
            }
        }
        List<List<Integer>> quotes = EvidencePicker.pick(j.evidence(), scores);
        List<DimensionScore> dims = new ArrayList<>(signals);
        for (int d = 0; d < signals; d++) {
            CardIndex.SignalBank s = index.signals().get(d);
            dims.add(new DimensionScore(s.signal().key(), s.signal().title(), scores[d], evidence(quotes.get(d)),
                    Feedback.of(s.signal(), scores[d], lens.stresses(s.signal().key()) ? lens.signal() : null)));
        }
        List<Flag> flags = FlagReport.flags(index, reading, j, checks);
        double overall = checks.hold(lens.adjust(j.overall(), index, scores));
        overall = Math.max(1.0, Math.round(overall * 100) / 100.0);
        int score = (int) Math.round((overall - 1) / 3 * 100);
        String verdict = Evaluation.Verdict.of(overall).name();
        String level = checks.cap() < 2.0 ? "NONE" : LEVELS.get((int) Math.round(j.level()));
        Evaluation.CompetencyFit fit = Fits.of(card, j.fit(), Checks.raised(index, checks.raised(), "off_principle"),
                library);
        String target = Levels.normalize(request.targetLevel());
        String summary = Summary.of(card, lens, verdict, dims, flags, checks.reason(), level, target, fit);
        return new Evaluation(card.id(), overall, verdict, score, level, dims, flags, star.segment(),
                FollowUps.weakest(card, j.dims()), summary, lens.name(), target, card.rubric().version(),
                ScoringEngine.VERSION, fit, null);
    }

    private List<Evidence> evidence(List<Integer> sentences) {
        List<Evidence> out = new ArrayList<>(sentences.size());
        for (int k : sentences) {
            int[] span = reading.span(k);
            out.add(new Evidence(span[0], span[1], reading.text().substring(span[0], span[1])));
        }
        return out;
    }

    /** Why an answer in another language gets no verdict, naming the language when it is known. */
    static String refusal(Language.Verdict language) {
        String name = language.language() == null ? null
                : Locale.forLanguageTag(language.language()).getDisplayLanguage(Locale.ENGLISH);
        return (name == null || name.isBlank() ? "This answer is not in English" : "This answer reads as " + name)
                + ", and scoring reads English only: answer in English to get an evaluation.";
    }
}
