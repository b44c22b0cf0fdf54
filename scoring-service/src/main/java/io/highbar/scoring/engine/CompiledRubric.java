package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.Rubric;
import io.highbar.scoring.engine.cue.CuePattern;

/** A card's rubric with every cue compiled; built once per competency id + rubric version. */
final class CompiledRubric {

    record SignalSpec(CompetencyCard.Signal signal, Detector detector, double weight, List<CuePattern> cues,
                      List<CuePattern> negativeCues) {
    }

    record FlagSpec(String key, String title, String kind, String fix, Detector detector, List<CuePattern> cues,
                    List<CuePattern> negativeCues, double penalty) {
    }

    final int version;
    final List<SignalSpec> signals;
    final List<FlagSpec> flags;
    /** lower-case company name -> canonical name. */
    final Map<String, String> lensNames;
    final Map<String, Map<String, Double>> lensWeights;
    final Map<String, Rubric.LevelRule> levels;
    final Rubric.Pacing pacing;
    final List<CuePattern> topicCues;

    CompiledRubric(CompetencyCard card, Function<String, String[]> tokenizer) {
        Rubric r = card.rubric();
        if (r == null) {
            throw new IllegalArgumentException("card " + card.id() + " has no rubric");
        }
        version = r.version();
        List<SignalSpec> sigs = new ArrayList<>();
        for (CompetencyCard.Signal s : card.signals()) {
            Rubric.SignalRule rule = r.signals() == null ? null : r.signals().get(s.key());
            if (rule == null) {
                throw new IllegalArgumentException("rubric has no rule for signal " + s.key());
            }
            sigs.add(new SignalSpec(s, Detector.parse(rule.detector(), true), rule.weight() <= 0 ? 1.0 : rule.weight(),
                    compile(rule.cues(), tokenizer), compile(rule.negativeCues(), tokenizer)));
        }
        signals = List.copyOf(sigs);
        List<FlagSpec> fl = new ArrayList<>();
        Map<String, Rubric.FlagRule> rules = r.flags() == null ? Map.of() : r.flags();
        for (CompetencyCard.AntiPattern a : nullSafe(card.antiPatterns())) {
            Rubric.FlagRule rule = rules.get(a.key());
            if (rule != null) {
                fl.add(flag(a.key(), a.title(), "ANTI_PATTERN", a.fix(), rule, tokenizer));
            }
        }
        for (CompetencyCard.RedFlag f : nullSafe(card.redFlags())) {
            Rubric.FlagRule rule = rules.get(f.key());
            if (rule != null) {
                fl.add(flag(f.key(), f.title(), "RED_FLAG", f.fix(), rule, tokenizer));
            }
        }
        flags = List.copyOf(fl);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        if (r.lensWeights() != null) {
            r.lensWeights().keySet().stream().sorted().forEach(k -> {
                names.put(k.toLowerCase(Locale.ROOT), k);
                weights.put(k.toLowerCase(Locale.ROOT), r.lensWeights().get(k));
            });
        }
        for (CompetencyCard.CompanyLens lens : nullSafe(card.companyLenses())) {
            names.putIfAbsent(lens.company().toLowerCase(Locale.ROOT), lens.company());
        }
        lensNames = Collections.unmodifiableMap(names);
        lensWeights = Collections.unmodifiableMap(weights);
        levels = r.levels() == null ? Map.of() : r.levels();
        pacing = r.pacing() == null ? new Rubric.Pacing(50, 0.7, 150) : r.pacing();
        topicCues = compile(r.topicCues(), tokenizer);
    }

    private static FlagSpec flag(String key, String title, String kind, String fix, Rubric.FlagRule rule,
                                 Function<String, String[]> tokenizer) {
        return new FlagSpec(key, title, kind, fix, Detector.parse(rule.detector(), false),
                compile(rule.cues(), tokenizer), compile(rule.negativeCues(), tokenizer),
                Math.max(0, Math.min(1, rule.penalty())));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    static List<CuePattern> compile(List<String> cues, Function<String, String[]> tokenizer) {
        if (cues == null) {
            return List.of();
        }
        List<CuePattern> out = new ArrayList<>(cues.size());
        for (String c : cues) {
            out.add(CuePattern.compile(c, tokenizer));
        }
        return List.copyOf(out);
    }
}
