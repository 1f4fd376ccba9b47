package dev.phreplay.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Who wrote a package: this build of phreplay, its version taken from the Maven build. */
public final class Producer {
    public static final String NAME = "phreplay";

    private Producer() {}

    public static Manifest.Producer current() {
        return new Manifest.Producer(NAME, version());
    }

    public static String version() {
        try (InputStream in = Producer.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
