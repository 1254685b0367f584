package org.newsframe.annotate;

import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.Dictionaries;
import org.newsframe.actors.MentionFinder;
import org.newsframe.config.ConfigError;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.displacement.FigureExtractor;
import org.newsframe.displacement.FigureModel;
import org.newsframe.displacement.Gazetteer;
import org.newsframe.displacement.HouseholdSizes;
import org.newsframe.ner.NameTagger;
import org.newsframe.sentiment.Lexicon;
import org.newsframe.sentiment.RelationExtractor;
import org.newsframe.sentiment.RelationLexicon;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.SentimentClassifier;
import org.newsframe.sentiment.SentimentScorer;
import org.newsframe.sentiment.TargetedScorer;

/**
 * The one place the extractors are built: the mention finder (actor dictionary + place gazetteer), the
 * targeted scorer, the relation extractor and the figure extractor, from the configuration. {@code run},
 * {@code eval}, {@code score-targets}, {@code train-sentiment} and {@code bench} all get theirs here, so what
 * is measured is what runs. Building the matcher's trie takes a fraction of a second (a few for Phoenix):
 * the annotate stage builds one set per executor JVM ({@link AnnotatorCache}).
 */
public record Extractors(MentionFinder mentionFinder, SentimentScorer scorer, RelationExtractor relations,
                         FigureExtractor figures, NameTagger tagger) {

    /** The extractors over an already loaded dictionary (executors: the broadcast one). */
    public static Extractors of(ActorDictionary dictionary, NewsframeConfig config) {
        return new Extractors(new MentionFinder(dictionary, Gazetteer.get()),
                new SentimentScorer(new TargetedScorer(Lexicon.get(), RelationLexicon.get()),
                        sentimentModel(config.sentimentModel())), new RelationExtractor(RelationLexicon.get()),
                new FigureExtractor(Gazetteer.get(), HouseholdSizes.of(config.displacement()),
                        figureModel(config.displacement().model())), nameTagger(config.actors().tagger()));
    }

    /** The configured name tagger: {@code builtin} (shipped), {@code none}, or a file train-tagger wrote. */
    public static NameTagger nameTagger(String setting) {
        if (setting.equals("none")) {
            return null;
        }
        if (setting.equals("builtin")) {
            return NameTagger.builtin();
        }
        return readModel("newsframe.actors.tagger", "the name tagger", setting, NameTagger::read);
    }

    /** The configured sentiment classifier: {@code builtin} (shipped), {@code rules} (none) or a file train-sentiment wrote. */
    public static SentimentClassifier sentimentModel(String setting) {
        if (setting.equals("rules") || setting.isEmpty()) {
            return null;
        }
        if (setting.equals("builtin")) {
            return SentimentClassifier.builtin();
        }
        return readModel("newsframe.sentiment.model", "the sentiment model", setting, SentimentClassifier::read);
    }

    /** The configured figure model: {@code builtin} (shipped), {@code rules} (none) or a file train-figures wrote. */
    public static FigureModel figureModel(String setting) {
        if (setting.equals("rules")) {
            return null;
        }
        if (setting.equals("builtin")) {
            return FigureModel.builtin();
        }
        return readModel("newsframe.displacement.model", "the figure model", setting, FigureModel::read);
    }

    /** A model reader: a stream in, the model out. */
    private interface ModelReader<T> {
        T read(java.io.InputStream in) throws java.io.IOException;
    }

    /** A model file (local or distributed path) named by a setting; unreadable is a usage error naming the key. */
    private static <T> T readModel(String key, String what, String setting, ModelReader<T> reader) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(setting);
        try (java.io.InputStream in = path.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(path)) {
            return reader.read(in);
        } catch (java.io.IOException e) {
            throw new ConfigError(key + ": cannot read " + what + " " + setting + ": " + e.getMessage());
        }
    }

    /** Loads the configured dictionary (local or Hadoop paths) and builds the extractors over it. */
    public static Extractors load(NewsframeConfig config) {
        return of(dictionary(config), config);
    }

    /** The configured actor dictionary: built-in, user files, Phoenix files. */
    public static ActorDictionary dictionary(NewsframeConfig config) {
        return Dictionaries.load(config.actors(), new org.apache.hadoop.conf.Configuration());
    }

    /** Scores given target spans in given sentences with this run's finder and scorer (score-targets, eval, training). */
    public SentenceTargets sentenceTargets() {
        return new SentenceTargets(mentionFinder, scorer);
    }

    /** The annotator the annotate stage runs: these extractors and the configured components. */
    public ArticleAnnotator annotator(NewsframeConfig config) {
        return new ArticleAnnotator(this, AnnotateComponents.enabled(config), config.language());
    }
}
