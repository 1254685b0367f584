package org.newsframe.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification with optimaize language-detector 0.6 (character n-gram profiles of 71 languages,
 * the Cybozu langdetect algorithm), read on a {@link ProseSample}. Chosen over lingua 1.2.2 on the measurement
 * in docs/ingest.md: the two agree on every report in another language of ../shared/corpora, optimaize reads
 * 6,000 articles/s on one core where lingua reads 800 (restricted to 34 languages, low-accuracy mode), and it
 * is a 2 MB jar instead of 80 MB plus Kotlin. The detector samples n-grams at random; a fixed seed makes it
 * deterministic. Profiles load once per JVM (0.7 s, ~95 MB of heap).
 */
public final class OptimaizeIdentifier implements LanguageIdentifier {

    public static final String NAME = "optimaize";

    /** Below this probability for the best language the text is undetermined. */
    public static final double MIN_PROBABILITY = 0.90;

    private final LanguageDetector detector;
    /**
     * The plain text factory, without the library's URL, e-mail and minority-script filters (regular expressions
     * over every text): measured on 20,000 synthetic articles plus displacement_news and Reuters, the same answer
     * for every text at 14,100 texts/s against 9,100 with {@code forDetectingOnLargeText()}.
     */
    private final TextObjectFactory texts = new TextObjectFactoryBuilder().maxTextLength(ProseSample.MAX_CHARS).build();

    OptimaizeIdentifier() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .seed(0L)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles of language-detector", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LanguageGuess identify(String text) {
        String sample = ProseSample.of(text);
        if (sample == null) {
            return LanguageGuess.UNDETERMINED;
        }
        List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
        if (ranked.isEmpty()) {
            return LanguageGuess.UNDETERMINED;
        }
        DetectedLanguage best = ranked.get(0);
        double p = Math.min(1.0, best.getProbability());
        // a rounded probability: the detector's doubles differ in the last bits between JVMs' floating-point paths
        double rounded = Math.round(p * 1000) / 1000.0;
        if (p < MIN_PROBABILITY) {
            return new LanguageGuess(LanguageGuess.UND, rounded);
        }
        return new LanguageGuess(best.getLocale().getLanguage(), rounded);
    }
}
