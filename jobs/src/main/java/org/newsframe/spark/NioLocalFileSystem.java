package org.newsframe.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) with permissions set through java.nio instead of a {@code chmod}
 * subprocess. Without Hadoop's native library — never present on a laptop or in the Maven jars — {@link
 * RawLocalFileSystem#setPermission} forks {@code chmod} for every file and folder Spark writes: a profile of a
 * 100,000-article run counted 7,166 of them, each a fork and exec of a process. Everything else is Hadoop's
 * own. {@link Sessions} installs it as {@code spark.hadoop.fs.file.impl} unless the configuration names
 * another; on HDFS or object stores it is not used.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw local file system, with setPermission in-process. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            String mode = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                    + permission.getOtherAction().SYMBOL;
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(mode));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission); // not a POSIX file system (Windows): Hadoop's way
            }
        }
    }
}
