package org.newsframe.text;

/** A sentence: its index in the article, its character span, and its token range [firstToken, endToken). */
public record Sentence(int index, int begin, int end, int firstToken, int endToken) {}
