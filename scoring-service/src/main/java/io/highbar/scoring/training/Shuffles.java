package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;

/**
 * Shuffled copies of real stories (five sentences or more), in a fixed order with a seed per answer, so training
 * stays reproducible. The corpus's bar raisers graded every shuffled answer they were given strong no hire.
 */
final class Shuffles {

    record Copy(Reading original, Reading shuffled, int fold) {
    }

    private Shuffles() {
    }

    static List<Copy> of(List<CorpusAnswer> answers, List<Reading> readings, Nlp nlp, SentenceEncoder encoder) {
        List<Copy> out = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            Reading r = readings.get(i);
            if (!Trainer.story(a, r) || r.size() < 5) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < r.size(); k++) {
                order.add(k);
            }
            Random random = new Random(a.id().hashCode());
            do {
                Collections.shuffle(order, random);
            } while (order.get(0) == 0);
            StringBuilder text = new StringBuilder();
            for (int k : order) {
                text.append(text.isEmpty() ? "" : " ").append(r.sentence(k));
            }
            out.add(new Copy(r, Reading.of(text.toString(), a.question(), nlp, encoder), Trainer.fold(a)));
        }
        return out;
    }
}
