package org.newsframe.text;

/** A character span of an article's text, end exclusive. */
public interface Span {
    int begin();

    int end();
}
