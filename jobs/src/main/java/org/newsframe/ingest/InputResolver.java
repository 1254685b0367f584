package org.newsframe.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsframe.config.InputFormat;

/**
 * Turns {@code --input} (a file, a directory, or a glob, on any Hadoop file system) into the list of
 * files to read, each with its format. Directories are walked recursively; hidden files ({@code .x},
 * {@code _x}) are skipped, as Spark does. With format {@code auto} a file whose extension is unknown is
 * skipped inside a directory and an error when named directly.
 */
public final class InputResolver {

    private final Configuration hadoopConf;

    public InputResolver(Configuration hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    public List<InputFile> resolve(String input, InputFormat forced) {
        Path pattern = new Path(input);
        List<InputFile> files = new ArrayList<>();
        try {
            FileSystem fs = pattern.getFileSystem(hadoopConf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new InputException("input not found: " + input);
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (isHidden(f.getPath(), m.getPath())) {
                            continue;
                        }
                        formatOf(f.getPath(), forced).ifPresent(fmt ->
                                files.add(new InputFile(f.getPath().toString(), fmt, f.getLen())));
                    }
                } else {
                    InputFormat fmt = formatOf(m.getPath(), forced).orElseThrow(() -> new InputException(
                            "cannot tell the format of " + m.getPath() + " from its extension; pass --format"));
                    files.add(new InputFile(m.getPath().toString(), fmt, m.getLen()));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read input " + input + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException("no readable input files under " + input
                    + " (known extensions: .jsonl .ndjson .json .csv .tsv .parquet .txt .html .htm .warc, optionally .gz)");
        }
        files.sort(Comparator.comparing(InputFile::path));
        return files;
    }

    private static Optional<InputFormat> formatOf(Path p, InputFormat forced) {
        if (forced != InputFormat.AUTO) {
            return Optional.of(forced);
        }
        return InputFormat.fromFileName(p.getName());
    }

    /** Hidden below the matched root: any path element starting with '.' or '_' (e.g. _SUCCESS, .crc). */
    private static boolean isHidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
