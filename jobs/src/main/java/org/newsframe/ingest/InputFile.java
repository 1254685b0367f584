package org.newsframe.ingest;

import java.io.Serializable;
import org.newsframe.config.InputFormat;

/** One file to ingest: its full path (any Hadoop file system), the format to read it with, its size. */
public record InputFile(String path, InputFormat format, long bytes) implements Serializable {}
