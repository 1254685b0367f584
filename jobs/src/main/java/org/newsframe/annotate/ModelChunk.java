package org.newsframe.annotate;

import java.io.Serializable;

/** An entity chunk from the Spark NLP model stage: span in the article text (end exclusive) and label. */
public record ModelChunk(int begin, int end, String text, String label) implements Serializable {}
