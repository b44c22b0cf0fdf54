package io.highbar.loadtool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The answers simulated candidates submit: realistic STAR stories for "insist on the highest standards",
 * strong and weak, from {@code answers.txt} on the class path.
 */
public final class Corpus {

    /** One answer of the corpus. */
    public record Answer(boolean strong, String text) {
        public int words() {
            return text.split("\\s+").length;
        }
    }

    private final List<Answer> answers;

    private Corpus(List<Answer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalStateException("the answer corpus is empty");
        }
        this.answers = List.copyOf(answers);
    }

    public static Corpus load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/answers.txt")) {
            if (in == null) {
                throw new IllegalStateException("answers.txt is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code === strong} / {@code === weak} start an answer; {@code #} lines are comments. */
    static Corpus parse(String content) {
        List<Answer> answers = new ArrayList<>();
        Boolean strong = null;
        StringBuilder text = new StringBuilder();
        for (String line : content.split("\\R")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (strong != null) {
                    answers.add(new Answer(strong, text.toString().trim()));
                }
                strong = line.substring(4).trim().equals("strong");
                text.setLength(0);
            } else if (strong != null) {
                text.append(line).append('\n');
            }
        }
        if (strong != null) {
            answers.add(new Answer(strong, text.toString().trim()));
        }
        return new Corpus(answers);
    }

    public List<Answer> answers() {
        return answers;
    }

    public String pick(Random random) {
        return answers.get(random.nextInt(answers.size())).text();
    }

    /** The answer of median length: the size of a typical AnswerSubmitted. */
    public String typical() {
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparingInt(a -> a.text().length()));
        return sorted.get(sorted.size() / 2).text();
    }
}
