package org.newsframe.displacement;

import java.time.LocalDate;

/**
 * A reference period stated in a sentence ("since 1 January 2016", "between 17 October and 23 March",
 * "as of May 2015"): its token range, text, and the dates it resolves to (either may be null: "since X" has
 * no end; a year-less date in an undated article has neither).
 */
public record Period(int firstToken, int endToken, String text, LocalDate start, LocalDate end) {}
