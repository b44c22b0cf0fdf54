package io.highbar.scoring.engine.learn;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;

/**
 * One sentence model, language pipeline and set of shipped models per test JVM, as one engine holds them: the tests
 * that read an answer the way the engine does share them instead of loading each anew. The JVM's exit frees the
 * sentence model's native memory, as it does the shared engine's (`Fixtures.ENGINE`).
 */
final class Readings {

    static final SentenceEncoder ENCODER = new SentenceEncoder();
    static final Nlp NLP = new Nlp();
    static final Models MODELS = Models.load();

    private Readings() {
    }

    static Reading read(String text, String question) {
        return Reading.of(text, question, NLP, ENCODER);
    }
}
