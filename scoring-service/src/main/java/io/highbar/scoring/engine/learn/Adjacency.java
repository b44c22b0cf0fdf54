package io.highbar.scoring.engine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.read.Reading;

/**
 * How likely one sentence is to come directly after another in a story as it is told, learned from the corpus's real
 * stories (each sentence and the next against the same sentence and a later or earlier one of the same story). Its
 * inputs: what the two sentences share in meaning (their embeddings' product, dimension by dimension) and in words,
 * how far apart the position model places them, and the word the second one opens with ("Then", "So", "They"),
 * which needs the right sentence before it. A told story links its neighbours better than its other pairs; a shuffled
 * one does not.
 *
 * <p>The model's weights are read once, at load, so each pair of an answer costs one product and no lookup.
 */
public final class Adjacency {

    /** The model file. */
    public static final String NAME = "adjacency";

    /**
     * Opening words that tie a sentence to the one before it: those that make a first sentence dangle, and the openers
     * of a later step ("When…", "By…", "Two weeks later…", "The…").
     */
    static final Set<String> TIES = union(Order.REFERS_BACK, Set.of("when", "by", "two", "three", "the"));

    /** The opening word of a sentence tied to nothing before it. */
    private static final String OTHER = "other";

    /** Scales the embeddings' products (each of 384 is small) to the other inputs' range. */
    private static final double PRODUCT_SCALE = 20;

    private static final String[] PRODUCT_NAMES = new String[io.highbar.scoring.engine.embed.SentenceEncoder.DIMENSIONS];

    static {
        for (int d = 0; d < PRODUCT_NAMES.length; d++) {
            PRODUCT_NAMES[d] = "p" + d;
        }
    }

    private final Model<Label> model;
    private final boolean known;
    private final double[] product;
    private final Map<String, Double> opensWeight = new HashMap<>();
    private final double biasWeight;
    private final double cosWeight;
    private final double forwardWeight;
    private final double apartWeight;
    private final double overlapWeight;
    private final double tiedTimesCosWeight;

    private Adjacency(Model<Label> model, LinearMargins margins) {
        this.model = model;
        this.known = margins != null;
        this.product = new double[PRODUCT_NAMES.length];
        if (margins != null) {
            for (int d = 0; d < product.length; d++) {
                product[d] = margins.of(PRODUCT_NAMES[d]);
            }
            for (String w : TIES) {
                opensWeight.put(w, margins.of("opens:" + w));
            }
            opensWeight.put(OTHER, margins.of("opens:" + OTHER));
        }
        biasWeight = known ? margins.bias() : 0;
        cosWeight = known ? margins.of("cos") : 0;
        forwardWeight = known ? margins.of("forward") : 0;
        apartWeight = known ? margins.of("apart") : 0;
        overlapWeight = known ? margins.of("overlap") : 0;
        tiedTimesCosWeight = known ? margins.of("tiedTimesCos") : 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** No model: models trained without one read order without it. */
    public static Adjacency none() {
        return new Adjacency(null, null);
    }

    public static Adjacency of(Model<Label> model) {
        return model == null ? none() : new Adjacency(model, LinearMargins.of(model));
    }

    /** The trained model, or null for none. */
    public Model<Label> model() {
        return model;
    }

    public boolean known() {
        return known;
    }

    /** The content words of each sentence (nouns, names, verbs, adjectives, numbers), plural "s" dropped. */
    public static List<Set<String>> contentWords(Reading r) {
        List<Set<String>> out = new ArrayList<>(r.size());
        for (int k = 0; k < r.size(); k++) {
            Sentence s = r.analysis().sentence(k);
            Set<String> words = new HashSet<>();
            for (int i = 0; i < s.size(); i++) {
                String t = s.tag(i);
                if (t.equals("NOUN") || t.equals("PROPN") || t.equals("VERB") || t.equals("ADJ") || t.equals("NUM")) {
                    words.add(singular(s.low(i)));
                }
            }
            out.add(words);
        }
        return out;
    }

    static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Shared words over all words of the two sets; 0 when either is empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            common += b.contains(x) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** The inputs for "sentence j comes directly after sentence i", as training reads them. */
    public static FeatureRow pair(Reading r, List<Set<String>> words, double[] placed, int i, int j) {
        FeatureRow row = new FeatureRow();
        float[] a = r.embedding(i);
        float[] b = r.embedding(j);
        for (int d = 0; d < a.length; d++) {
            row.put(PRODUCT_NAMES[d], a[d] * b[d] * PRODUCT_SCALE);
        }
        double cos = Similarity.cos(a, b);
        String opens = opener(r, j);
        row.put("cos", cos);
        row.put("forward", placed[j] - placed[i]);
        row.put("apart", Math.abs(placed[j] - placed[i]));
        row.put("overlap", overlap(words.get(i), words.get(j)));
        row.put("opens:" + opens, 1);
        row.put("tiedTimesCos", opens.equals(OTHER) ? 0 : cos);
        return row;
    }

    /** The probability that sentence j comes directly after sentence i: the same as the model's on {@link #pair}. */
    public double probability(Reading r, List<Set<String>> words, double[] placed, int i, int j) {
        float[] a = r.embedding(i);
        float[] b = r.embedding(j);
        double z = biasWeight;
        for (int d = 0; d < a.length; d++) {
            z += product[d] * (a[d] * b[d] * PRODUCT_SCALE);
        }
        double c = Similarity.cos(a, b);
        String opener = opener(r, j);
        z += cosWeight * c
                + forwardWeight * (placed[j] - placed[i])
                + apartWeight * Math.abs(placed[j] - placed[i])
                + overlapWeight * overlap(words.get(i), words.get(j))
                + opensWeight.get(opener)
                + tiedTimesCosWeight * (opener.equals(OTHER) ? 0 : c);
        return 1 / (1 + Math.exp(-z));
    }

    private static String opener(Reading r, int k) {
        Sentence s = r.analysis().sentence(k);
        String w = s.size() > 0 ? s.low(0) : "";
        return TIES.contains(w) ? w : OTHER;
    }
}
