package org.newsframe.ingest;

import org.newsframe.config.InputFormat;

import java.io.Serializable;

/** One file to ingest: its full path (any Hadoop file system), the format to read it with, its size. */
public record InputFile(String path, InputFormat format, long bytes) implements Serializable {}
