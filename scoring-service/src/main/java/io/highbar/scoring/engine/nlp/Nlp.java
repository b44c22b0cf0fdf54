package io.highbar.scoring.engine.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP pipeline: sentences, tokens with character offsets, Universal Dependencies POS tags.
 * Models are loaded once from the classpath (each model jar's {@code model.properties}); the
 * {@code ThreadSafe*ME} wrappers keep one tagger per thread over the shared immutable models.
 */
public final class Nlp {

    private final ThreadSafeSentenceDetectorME sentences;
    private final WordSplitter tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    /** The engine's tagger: greedy decoding (beam 1), see {@link #Nlp(int)}. */
    public static final int ENGINE_BEAM_SIZE = 1;

    public Nlp() {
        this(ENGINE_BEAM_SIZE);
    }

    /**
     * @param beamSize POS beam width; OpenNLP's default is {@link POSTaggerME#DEFAULT_BEAM_SIZE}. The 1.3.0 model's
     *                 feature generator caches each position's features (earlier tags included) from the first,
     *                 best hypothesis, so every hypothesis of a wider beam gets the same scores and the beam returns
     *                 the greedy sequence anyway: beam 1 gives the same tags for a third of the model evaluations.
     */
    public Nlp(int beamSize) {
        this(beamSize, true);
    }

    /**
     * @param rememberWords whether the tokenizer remembers how it split each word ({@link WordSplitter}: identical
     *                      tokens); false is plain OpenNLP, for the benchmark's default-configuration floor
     */
    public Nlp(int beamSize, boolean rememberWords) {
        // the POS model is the big one: load it on a second core while the small ones load here
        java.util.concurrent.CompletableFuture<POSModel> pos = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new POSModel(open("pos"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP POS model", e);
            }
        });
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open("sentence")));
            tokenizer = new WordSplitter(new ThreadSafeTokenizerME(new TokenizerModel(open("tokens"))), rememberWords);
            tagger = new ThreadSafePOSTaggerME(withBeam(pos.join(), beamSize), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The same maxent model and feature generation, decoded with the given beam width (OpenNLP reads "BeamSize"). */
    private static POSModel withBeam(POSModel model, int beamSize) {
        if (beamSize == POSTaggerME.DEFAULT_BEAM_SIZE && model.getManifestProperty("BeamSize") == null) {
            return model;
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), maxent, beamSize, Map.of(), model.getFactory());
    }

    /** Finds the model jar whose model.properties names an English UD model of this kind. */
    private static InputStream open(String kind) throws IOException {
        ClassLoader cl = Nlp.class.getClassLoader();
        Enumeration<URL> props = cl.getResources("model.properties");
        while (props.hasMoreElements()) {
            URL url = props.nextElement();
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(in);
            }
            String name = p.getProperty("model.name", "");
            if (name.startsWith("opennlp-en-") && name.contains("-" + kind + "-")) {
                String base = url.toString();
                URL bin = new URL(base.substring(0, base.length() - "model.properties".length()) + name);
                return bin.openStream();
            }
        }
        throw new IOException("no OpenNLP model '" + kind + "' on the classpath");
    }

    /** Same-length normalisation so offsets into the original text stay valid. */
    public static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
    }

    public Doc analyze(String text) {
        String norm = normalize(text);
        List<Sentence> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(norm)) {
            String st = norm.substring(s.getStart(), s.getEnd());
            Span[] toks = tokenizer.tokenizePos(st);
            if (toks.length == 0) {
                continue;
            }
            String[] words = new String[toks.length];
            String[] lower = new String[toks.length];
            int[] starts = new int[toks.length];
            int[] ends = new int[toks.length];
            for (int i = 0; i < toks.length; i++) {
                words[i] = st.substring(toks[i].getStart(), toks[i].getEnd());
                lower[i] = words[i].toLowerCase(Locale.ROOT);
                starts[i] = s.getStart() + toks[i].getStart();
                ends[i] = s.getStart() + toks[i].getEnd();
            }
            String[] tags = tagger.tag(words);
            out.add(new Sentence(out.size(), s.getStart(), s.getEnd(), words, lower, tags, starts, ends,
                    new Vocabulary(lower)));
        }
        return new Doc(text, out);
    }

    /** Tokens of a cue word, with the same tokenizer as answers. */
    public String[] tokenize(String text) {
        String norm = normalize(text);
        Span[] spans = tokenizer.tokenizePos(norm);
        String[] t = new String[spans.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = norm.substring(spans[i].getStart(), spans[i].getEnd()).toLowerCase(Locale.ROOT);
        }
        return t;
    }

    /** Tokenisation plus tagging only: the floor the benchmark compares against. */
    public int tokenizeAndTag(String text) {
        String norm = normalize(text);
        int n = 0;
        for (Span s : sentences.sentPosDetect(norm)) {
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(norm.substring(s.getStart(), s.getEnd())),
                    norm.substring(s.getStart(), s.getEnd()));
            n += tagger.tag(words).length;
        }
        return n;
    }
}
