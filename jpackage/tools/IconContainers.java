import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/** Writes Windows .ico and macOS .icns files whose entries are PNG images (valid in both formats). */
final class IconContainers {

    private IconContainers() {
    }

    /** ICONDIR (little endian) + one 16-byte entry per image + the PNG bytes; a size of 256 is written as 0. */
    static byte[] ico(Map<Integer, byte[]> pngBySize) {
        int count = pngBySize.size();
        int offset = 6 + 16 * count;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) count);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (var e : pngBySize.entrySet()) {
            int px = e.getKey();
            byte[] png = e.getValue();
            head.put((byte) (px >= 256 ? 0 : px)).put((byte) (px >= 256 ? 0 : px))
                    .put((byte) 0).put((byte) 0)          // no palette, reserved
                    .putShort((short) 1).putShort((short) 32)
                    .putInt(png.length).putInt(offset + data.size());
            data.writeBytes(png);
        }
        return concat(head.array(), data.toByteArray());
    }

    /** 'icns' + total length, then per entry its OSType (ic07, ic08...) + length (header included) + PNG. */
    static byte[] icns(Map<String, byte[]> pngByType) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (var e : pngByType.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(all);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return all.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
