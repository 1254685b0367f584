package org.newsframe.sparknlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.HasInputAnnotationCols;
import com.johnsnowlabs.nlp.HasOutputAnnotationCol;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfApproach;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.training.CoNLL;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Trains a named-entity recogniser from a CoNLL-2003 file, entirely offline, and packages it as one
 * {@link PipelineModel} that goes from a string column {@code text} to NER chunks.
 *
 * <p>Inference stages (column names in brackets): DocumentAssembler [document] → SentenceDetector
 * [sentence] → Tokenizer [token] → PerceptronModel [pos] → Word2VecModel [embeddings] → NerCrfModel
 * [ner] → NerConverter [ner_chunk]. The POS tagger, the word vectors and the CRF are all trained
 * here from the CoNLL file (POS from its second column, vectors from its tokens, NER from its
 * fourth column), so nothing is downloaded: only non-TensorFlow annotators are used. Models built
 * on TensorFlow (NerDL, BERT, …) or fetched from the model hub are not available offline; see
 * {@link NerChunker#load(String)}.
 *
 * <p>Training uses the CoNLL tokenisation and sentence split; the POS tags fed to the CRF are the
 * trained tagger's predictions (not the gold ones), so that training matches inference. Spark NLP
 * trains the POS tagger and the CRF on the driver: on the full CoNLL-2003 eng.train (15k sentences)
 * that needs about 5 GB of driver heap (3 GB runs out of memory) and, on 2 cores, ~5 minutes for
 * 5 CRF epochs, 7.5-8.5 for 10. Results are close but not bit-for-bit reproducible (the POS tagger
 * shuffles without a seed).
 */
public final class NerTrainer {

    /** Word-vector size: small, so that Word2Vec trains in seconds on a laptop. */
    static final int VECTOR_SIZE = 64;
    /** Word2Vec passes over the corpus. */
    static final int WORD2VEC_ITERATIONS = 3;
    /** Averaged-perceptron POS passes over the corpus. */
    static final int POS_ITERATIONS = 5;

    /**
     * Initial SGD step of the CRF. Spark NLP's step is {@code N / (2 * l2 * (c0 + t))} for N
     * training sentences, so its fixed default c0 (2,250,000) gives ≈ 0.003 on CoNLL-2003 and next
     * to nothing on small sets; c0 is derived from N instead. On eng.train 0.01 beats 0.003 by
     * ~3 F1 points at 5 epochs; 0.03 diverges.
     */
    static final double CRF_INITIAL_STEP = 0.01;
    static final double CRF_L2 = 1.0;

    private NerTrainer() {}

    /**
     * Trains POS, word vectors and a CRF NER model on {@code conllPath} (any Hadoop path readable by
     * Spark NLP's CoNLL reader) and returns the full text → {@code ner_chunk} pipeline.
     *
     * @param maxEpochs CRF epochs (the dominant cost: roughly linear in it)
     * @param seed seed for Word2Vec and the CRF
     */
    public static PipelineModel train(SparkSession spark, String conllPath, int maxEpochs, long seed) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs must be >= 1, got " + maxEpochs);
        }
        int intSeed = (int) seed;
        // Scala default arguments are not visible from Java: spell them all out.
        CoNLL reader = new CoNLL("document", "sentence", "token", "pos", 3, 1, "doc_id", "text",
                "label", true, " ", false);
        Dataset<Row> conll = reader.readDataset(spark, conllPath, "TEXT", 8, StorageLevel.DISK_ONLY())
                .toDF().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            PerceptronModel pos = io(new PerceptronApproach()
                    .setPosColumn("pos")
                    .setNIterations(POS_ITERATIONS), "pos", "sentence", "token")
                    .fit(conll);

            Word2VecApproach w2v = io(new Word2VecApproach()
                    .setVectorSize(VECTOR_SIZE)
                    .setMaxIter(WORD2VEC_ITERATIONS)
                    .setMinCount(1)
                    .setSeed(intSeed), "embeddings", "token");
            w2v.setStorageRef("newsframe_w2v_" + VECTOR_SIZE);
            Word2VecModel embeddings = w2v.fit(conll);

            // Replace the gold POS column with the tagger's predictions, then add the vectors.
            Dataset<Row> features = embeddings.transform(pos.transform(conll.drop("pos")));
            NerCrfApproach crf = io(new NerCrfApproach().setIncludeConfidence(true),
                    "ner", "sentence", "token", "pos", "embeddings");
            crf.setLabelColumn("label");
            crf.setMinEpochs(1);
            crf.setMaxEpochs(maxEpochs);
            crf.setRandomSeed(intSeed);
            crf.setL2(CRF_L2);
            crf.setC0((int) Math.max(1, Math.ceil(conll.count() / (2 * CRF_L2 * CRF_INITIAL_STEP))));
            NerCrfModel ner = crf.fit(features);

            PipelineStage[] stages = {
                documentAssembler(),
                io(new SentenceDetector(), "sentence", "document"),
                io(new Tokenizer(), "token", "sentence"),
                pos,
                embeddings,
                ner,
                io(new NerConverter(), "ner_chunk", "sentence", "token", "ner"),
            };
            // Only the Tokenizer is still an estimator: fitting it needs no data.
            return new Pipeline().setStages(stages).fit(spark.emptyDataFrame().selectExpr("'' AS text"));
        } finally {
            conll.unpersist();
        }
    }

    private static DocumentAssembler documentAssembler() {
        DocumentAssembler assembler = new DocumentAssembler();
        assembler.setInputCol("text");
        assembler.setOutputCol("document");
        return assembler;
    }

    /**
     * Sets output and input columns. Spark NLP's setters return Scala's {@code this.type}, which
     * Java sees as the declaring trait, so they cannot be chained with the annotator's own setters.
     */
    private static <T extends HasInputAnnotationCols & HasOutputAnnotationCol> T io(
            T annotator, String outputCol, String... inputCols) {
        annotator.setInputCols(inputCols);
        annotator.setOutputCol(outputCol);
        return annotator;
    }

    /** Saves {@code model} to {@code dir} (any Hadoop path), replacing what is there. */
    public static void save(PipelineModel model, String dir) {
        try {
            model.write().overwrite().save(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save NER model to " + dir, e);
        }
    }
}
