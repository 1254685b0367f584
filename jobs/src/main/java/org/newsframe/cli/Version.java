package org.newsframe.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The project version, from the properties file Maven writes at build time. */
public final class Version implements CommandLine.IVersionProvider {

    public static String get() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("newsframe-build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newsframe " + get()};
    }
}
