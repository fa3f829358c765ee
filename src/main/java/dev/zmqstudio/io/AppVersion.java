package dev.zmqstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as (from the jar's version.properties); "dev" when run from unbuilt classes. */
public final class AppVersion {
    private static final String RESOURCE = "/dev/zmqstudio/app/version.properties";

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
