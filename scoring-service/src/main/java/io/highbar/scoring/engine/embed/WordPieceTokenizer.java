package io.highbar.scoring.engine.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer (the {@code BertNormalizer}, {@code BertPreTokenizer} and {@code WordPiece}
 * model that the sentence model's {@code tokenizer.json} names), in plain Java: the same ids as Hugging Face's
 * tokenizer without a second native library. {@code WordPieceTokenizerTest} pins it against ids the reference
 * tokenizer produced.
 */
public final class WordPieceTokenizer {

    static final int CLS = 101;
    static final int SEP = 102;
    private static final int MAX_CHARS_PER_WORD = 100;

    private final Map<String, Integer> vocab;
    private final int unk;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.unk = vocab.getOrDefault("[UNK]", 100);
    }

    /** Reads the {@code model.vocab} object of a Hugging Face {@code tokenizer.json}. */
    public static WordPieceTokenizer fromTokenizerJson(InputStream in) {
        try {
            return new WordPieceTokenizer(VocabJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
        }
    }

    /** {@code [CLS] tokens [SEP]}, at most {@code maxLength} ids in all. */
    public int[] encode(String text, int maxLength) {
        List<Integer> ids = new ArrayList<>();
        ids.add(CLS);
        for (String word : preTokenize(normalize(text))) {
            if (ids.size() >= maxLength - 1) {
                break;
            }
            wordPiece(word, ids);
        }
        while (ids.size() > maxLength - 1) {
            ids.remove(ids.size() - 1);
        }
        ids.add(SEP);
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    private void wordPiece(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                out.add(unk);
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    /** Clean text, space around CJK ideographs, strip accents, lower case (in the reference's order). */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                b.append(' ');
            } else if (isChinese(cp)) {
                b.append(' ').appendCodePoint(cp).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                stripped.appendCodePoint(cp);
            }
        });
        return stripped.toString().toLowerCase(Locale.ROOT);
    }

    /** Whitespace splits words; every punctuation character is a word of its own. */
    static List<String> preTokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWhitespace(cp)) {
                flush(current, words);
            } else if (isPunctuation(cp)) {
                flush(current, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                current.appendCodePoint(cp);
            }
        });
        flush(current, words);
        return words;
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (!current.isEmpty()) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR
                || Character.isWhitespace(cp);
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isChinese(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B73F || cp >= 0x2B740 && cp <= 0x2B81F || cp >= 0x2B820 && cp <= 0x2CEAF
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    /** Just enough JSON to read {@code "model": {..., "vocab": {"token": id, ...}}}. */
    static final class VocabJson {
        private VocabJson() {
        }

        static Map<String, Integer> read(String json) {
            int model = json.indexOf("\"model\"");
            int at = json.indexOf("\"vocab\"", Math.max(model, 0));
            if (at < 0) {
                throw new IllegalArgumentException("tokenizer.json has no model.vocab");
            }
            int i = json.indexOf('{', at) + 1;
            Map<String, Integer> vocab = new HashMap<>(40_000);
            StringBuilder key = new StringBuilder();
            while (true) {
                while (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ',') {
                    i++;
                }
                if (json.charAt(i) == '}') {
                    return vocab;
                }
                key.setLength(0);
                i = readString(json, i, key);
                i = json.indexOf(':', i) + 1;
                while (Character.isWhitespace(json.charAt(i))) {
                    i++;
                }
                int start = i;
                while (Character.isDigit(json.charAt(i))) {
                    i++;
                }
                vocab.put(key.toString(), Integer.parseInt(json.substring(start, i)));
            }
        }

        private static int readString(String json, int i, StringBuilder out) {
            if (json.charAt(i) != '"') {
                throw new IllegalArgumentException("expected a string at " + i);
            }
            i++;
            while (json.charAt(i) != '"') {
                char c = json.charAt(i);
                if (c == '\\') {
                    char e = json.charAt(i + 1);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                    i += 2;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return i + 1;
        }
    }
}
