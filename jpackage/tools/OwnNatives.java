import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites sqlite-jdbc's jar for the app image with only this platform's native library: it ships one for every
 * OS and CPU (20 MB of them), and an app image runs on the platform it was built on. The jar is left whole when its
 * folder for this platform is not found (an OS or CPU named differently than assumed here).
 *
 * <p>Usage: {@code java jpackage/tools/OwnNatives.java JAR} (rewrites JAR in place; prints what it kept).
 */
public final class OwnNatives {
    private static final String NATIVES = "org/sqlite/native/";

    private OwnNatives() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String own = NATIVES + os() + "/" + arch() + "/";
        Path kept = jar.resolveSibling(jar.getFileName() + ".own");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.getEntry(own) == null && in.stream().noneMatch(e -> e.getName().startsWith(own))) {
                System.out.println("OwnNatives: " + jar.getFileName() + " has no " + own + ": left whole");
                return;
            }
            try (OutputStream file = Files.newOutputStream(kept); ZipOutputStream out = new ZipOutputStream(file)) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(NATIVES) && name.length() > NATIVES.length() && !own.startsWith(name)
                            && !name.startsWith(own)) {
                        continue; // another platform's folder or library
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        long before = Files.size(jar);
        Files.move(kept, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "OwnNatives: %s keeps %s only (%.1f MB, was %.1f MB)%n", jar.getFileName(), own,
                Files.size(jar) / 1e6, before / 1e6);
    }

    /** sqlite-jdbc's name for this OS. */
    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("win") ? "Windows" : name.contains("mac") ? "Mac" : name.contains("linux") ? "Linux" : name;
    }

    /** sqlite-jdbc's name for this CPU. */
    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> arch;
        };
    }
}
