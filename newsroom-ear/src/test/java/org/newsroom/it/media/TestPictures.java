package org.newsroom.it.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures and not-quite-pictures for the media tests, drawn on the spot. */
final class TestPictures {

    private TestPictures() {
    }

    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 110, 180), 0, height, new Color(240, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 60, 40));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG as a phone writes it: an Exif APP1 segment after the start marker whose one
     * entry is the Orientation tag (274) with the given value (6: turn a quarter clockwise).
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8,                                // big-endian, first IFD at offset 8
            0, 1,                                                       // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,  // Orientation, SHORT, count 1, value
            0, 0, 0, 0,                                                 // no next IFD
        };
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                                          // SOI
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >>> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** What a Windows program starts with. */
    static byte[] program() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        for (int i = 2; i < exe.length; i++) {
            exe[i] = (byte) (i * 31);
        }
        return exe;
    }

    /** A PNG whose header claims another size, with a valid checksum (a decompression bomb's trick). */
    static byte[] claimingSize(byte[] png, int width, int height) {
        byte[] forged = png.clone();
        writeInt(forged, 16, width);
        writeInt(forged, 20, height);
        CRC32 crc = new CRC32();
        crc.update(forged, 12, 17);
        writeInt(forged, 29, (int) crc.getValue());
        return forged;
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
