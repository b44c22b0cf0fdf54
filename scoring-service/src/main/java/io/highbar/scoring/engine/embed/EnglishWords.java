package io.highbar.scoring.engine.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words the sentence model knows whole: the entries of its uncased English vocabulary that are not word pieces.
 * English prose, however plain, misspelt or full of jargon, is nearly all such words; a language the model was not
 * built for is mostly split into pieces, so the share of an answer's words known here tells the two apart.
 */
public final class EnglishWords {

    private EnglishWords() {
    }

    /** Whether the model's vocabulary holds the word whole (compared as the tokenizer reads it: no accents, lower case). */
    public static boolean known(String word) {
        return Vocabulary.WORDS.contains(WordPieceTokenizer.normalize(word));
    }

    private static final class Vocabulary {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            String name = SentenceEncoder.TOKENIZER_RESOURCE;
            try (InputStream in = SentenceEncoder.open(name)) {
                return WordPieceTokenizer.VocabJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).keySet()
                        .stream().filter(w -> !w.startsWith("##") && !w.startsWith("[")).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }
}
