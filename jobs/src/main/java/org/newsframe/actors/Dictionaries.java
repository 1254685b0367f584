package org.newsframe.actors;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsframe.config.NewsframeConfig;

/** Assembles the dictionary a run uses: built-in, then user files, then Phoenix files, as configured. */
public final class Dictionaries {

    private Dictionaries() {}

    public static ActorDictionary load(NewsframeConfig.Actors config, Configuration hadoopConf) {
        ActorDictionary d = config.builtin() ? DictionaryLoader.builtin() : new ActorDictionary();
        for (String file : config.files()) {
            try (InputStream in = open(file, hadoopConf)) {
                String lower = file.toLowerCase(Locale.ROOT);
                var actors = lower.endsWith(".json") || lower.endsWith(".jsonl")
                        ? DictionaryLoader.readActorsJson(in, file, "user")
                        : DictionaryLoader.readActorsCsv(in, file, "user");
                actors.forEach(d::put);
            } catch (IOException e) {
                throw new DictionaryError("cannot read actor file " + file + ": " + e.getMessage(), e);
            }
        }
        java.util.Set<String> known = config.phoenix().isEmpty() ? java.util.Set.of() : d.aliasKeys();
        for (String file : config.phoenix()) {
            try (InputStream in = open(file, hadoopConf)) {
                // Phoenix adds names; it never takes over one the curated dictionaries already resolve
                PhoenixLoader.read(in, file).forEach(a -> d.addWithoutOverriding(a, known));
            } catch (IOException e) {
                throw new DictionaryError("cannot read Phoenix dictionary " + file + ": " + e.getMessage(), e);
            }
        }
        return d;
    }

    private static InputStream open(String file, Configuration conf) throws IOException {
        Path p = new Path(file);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
            throw new DictionaryError("actor file not found: " + file);
        }
        return fs.open(p);
    }
}
