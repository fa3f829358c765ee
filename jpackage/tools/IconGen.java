import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Generates every icon of ZMQ Studio from the drawings in this folder. Run from the repository root:
 * {@code java jpackage/tools/IconGen.java}. Writes icons/ (app PNG set, .ico, .icns, SVGs, node icons, contact
 * sheet) and copies the node icons and the app PNGs into src/main/resources/dev/zmqstudio/icons/ for the UI.
 */
public final class IconGen {

    static final int[] APP_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    static final int[] WINDOW_SIZES = {16, 32, 48, 64, 128, 256};
    static final Map<String, Integer> ICNS = new LinkedHashMap<>();

    static {
        ICNS.put("ic07", 128);
        ICNS.put("ic08", 256);
        ICNS.put("ic09", 512);
        ICNS.put("ic10", 1024);
        ICNS.put("ic11", 32);
        ICNS.put("ic12", 64);
        ICNS.put("ic13", 256);
        ICNS.put("ic14", 512);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path icons = root.resolve("icons");
        Path resources = root.resolve("src/main/resources/dev/zmqstudio/icons");
        Files.createDirectories(icons.resolve("app"));
        Files.createDirectories(icons.resolve("nodes"));
        Files.createDirectories(resources.resolve("app"));
        Files.createDirectories(resources.resolve("nodes"));

        Map<Integer, byte[]> app = new LinkedHashMap<>();
        for (int px : APP_SIZES) {
            app.put(px, png(AppIcon.drawing(px <= 32).render(px)));
            Files.write(icons.resolve("app/zmq-studio-" + px + ".png"), app.get(px));
        }
        for (int px : WINDOW_SIZES) {
            Files.write(resources.resolve("app/zmq-studio-" + px + ".png"), app.get(px));
        }
        Files.writeString(icons.resolve("app/zmq-studio.svg"), AppIcon.drawing(false).svg());
        Files.writeString(icons.resolve("app/zmq-studio-small.svg"), AppIcon.drawing(true).svg());
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int px : ICO_SIZES) {
            ico.put(px, app.get(px));
        }
        Files.write(icons.resolve("zmq-studio.ico"), IconContainers.ico(ico));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        ICNS.forEach((type, px) -> icns.put(type, app.get(px)));
        Files.write(icons.resolve("zmq-studio.icns"), IconContainers.icns(icns));
        Files.write(icons.resolve("zmq-studio.png"), app.get(256));

        Map<String, Drawing> nodes = NodeIcons.all();
        for (var e : nodes.entrySet()) {
            String svg = e.getValue().svg();
            for (Path dir : new Path[] {icons.resolve("nodes"), resources.resolve("nodes")}) {
                Files.writeString(dir.resolve(e.getKey() + ".svg"), svg, StandardCharsets.UTF_8);
                for (int px : new int[] {16, 32}) {
                    Files.write(dir.resolve(e.getKey() + "-" + px + ".png"), png(e.getValue().render(px)));
                }
            }
        }
        ImageIO.write(ContactSheet.draw(nodes, app), "png", icons.resolve("contact-sheet.png").toFile());
        System.out.println("icons written to " + icons.toAbsolutePath().normalize() + " and " + resources);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

/** One PNG to look at: node icons at 16 and 32 px (and 16 px magnified) on light and dark, then the app icon. */
final class ContactSheet {

    private ContactSheet() {
    }

    static BufferedImage draw(Map<String, Drawing> nodes, Map<Integer, byte[]> app) {
        int colW = 84;
        int rowH = 120;
        int w = colW * nodes.size() + 20;
        BufferedImage sheet = new BufferedImage(w, 2 * rowH + 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xf8fafc));
        g.fillRect(0, 0, w, sheet.getHeight());
        g.setColor(new Color(0x1e1e24));
        g.fillRect(0, rowH, w, rowH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int x = 10;
        for (var e : nodes.entrySet()) {
            for (int row = 0; row < 2; row++) {
                int y = 10 + row * rowH;
                BufferedImage i16 = e.getValue().render(16);
                g.drawImage(i16, x, y, null);
                g.drawImage(e.getValue().render(32), x + 24, y, null);
                g.drawImage(i16, x, y + 40, 48, 48, null);   // 16 px blown up 3x, pixels visible
                g.setColor(row == 0 ? Color.DARK_GRAY : Color.LIGHT_GRAY);
                g.drawString(e.getKey(), x, y + 102);
            }
            x += colW;
        }
        x = 10;
        int y = 2 * rowH + 20;
        for (int px : IconGen.APP_SIZES) {
            if (px > 512) {
                continue;
            }
            g.drawImage(IconGen.read(app.get(px)), x, y, null);
            x += px + 16;
        }
        g.dispose();
        return sheet;
    }
}
