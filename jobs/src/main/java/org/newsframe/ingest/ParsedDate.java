package org.newsframe.ingest;

import java.time.Instant;
import java.time.LocalDate;

/** A parsed publication date: the UTC instant and the calendar date as the source stated it. */
public record ParsedDate(Instant instant, LocalDate localDate) {}
