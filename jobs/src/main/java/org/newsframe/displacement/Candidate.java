package org.newsframe.displacement;

import java.util.List;

/**
 * A number of a sentence that counts people or households but that the rules did not keep, with what the
 * figure model reads about it: the training command labels these, the extractor scores them.
 *
 * @param sentenceIndex the sentence, 0-based
 * @param begin start offset of the number with its qualifier words
 * @param end end offset of the number, exclusive
 * @param quantity the number (lower end of a range)
 * @param unit {@code people} or {@code households}, from the counted noun
 * @param outcome what the rules made of it
 * @param features the model's features, as names
 */
public record Candidate(int sentenceIndex, int begin, int end, long quantity, String unit, RuleOutcome outcome,
                        List<String> features) {}
