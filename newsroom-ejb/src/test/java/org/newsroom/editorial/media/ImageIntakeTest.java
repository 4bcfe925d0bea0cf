package org.newsroom.editorial.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIntakeTest {

    private static final MediaLimits LIMITS = new MediaLimits(MediaLimits.DEFAULT_MAX_BYTES, MediaLimits.DEFAULT_MAX_PIXELS);

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aWidePngGetsEveryStandardWidthAndStaysPng() throws IOException {
        ImageIntake.Accepted accepted = ImageIntake.accept(picture("png", 2000, 1000), LIMITS);
        assertEquals("image/png", accepted.contentType());
        assertEquals(2000, accepted.width());
        assertEquals(Arrays.asList(320, 640, 1024, 1600), accepted.renditions().stream().map(ImageIntake.Rendition::width).toList());
        ImageIntake.Rendition small = accepted.renditions().get(0);
        assertEquals(160, small.height());
        assertEquals("image/png", small.contentType());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.bytes()));
        assertEquals(320, decoded.getWidth());
    }

    @Test
    void aSmallJpegIsNeverUpscaledAndStaysJpeg() throws IOException {
        ImageIntake.Accepted accepted = ImageIntake.accept(picture("jpeg", 500, 300), LIMITS);
        assertEquals("image/jpeg", accepted.contentType());
        assertEquals(Arrays.asList(320, 500), accepted.renditions().stream().map(ImageIntake.Rendition::width).toList());
        assertTrue(accepted.renditions().stream().allMatch(r -> r.contentType().equals("image/jpeg")));
    }

    @Test
    void whateverIsAppendedToTheFileDoesNotReachTheRenditions() throws IOException {
        byte[] png = picture("png", 400, 200);
        byte[] withPayload = Arrays.copyOf(png, png.length + 20);
        System.arraycopy("<script>x</script>..".getBytes(), 0, withPayload, png.length, 20);
        ImageIntake.Accepted accepted = ImageIntake.accept(withPayload, LIMITS);
        for (ImageIntake.Rendition r : accepted.renditions()) {
            assertTrue(!new String(r.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("<script>"));
        }
    }

    @Test
    void aProgramNamedLikeAPictureIsRefused() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        MediaRefused refused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(exe, LIMITS));
        assertTrue(refused.getMessage().contains("not a PNG, JPEG or GIF image"), refused.getMessage());
    }

    @Test
    void aTruncatedImageIsRefusedAsDamaged() throws IOException {
        byte[] jpeg = picture("jpeg", 800, 600);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        MediaRefused jpegRefused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(cut, LIMITS));
        assertTrue(jpegRefused.getMessage().contains("damaged"), jpegRefused.getMessage());
        byte[] png = picture("png", 800, 600);
        byte[] cutPng = Arrays.copyOf(png, png.length / 2);
        MediaRefused pngRefused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(cutPng, LIMITS));
        assertTrue(pngRefused.getMessage().contains("damaged"), pngRefused.getMessage());
    }

    @Test
    void aFileOverTheByteLimitIsRefusedBeforeDecoding() {
        MediaRefused refused = assertThrows(MediaRefused.class,
                () -> ImageIntake.accept(new byte[2048], new MediaLimits(1024, MediaLimits.DEFAULT_MAX_PIXELS)));
        assertEquals("The file is 2 KiB; the limit is 1 KiB.", refused.getMessage());
    }

    @Test
    void aSmallFileDeclaringAbsurdDimensionsIsRefusedWithoutDecodingThem() throws IOException {
        byte[] bomb = withDeclaredSize(picture("png", 10, 10), 100_000, 100_000);
        MediaRefused refused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(bomb, LIMITS));
        assertTrue(refused.getMessage().startsWith("The image is 100000 × 100000 pixels"), refused.getMessage());
    }

    /** Rewrites a PNG's header (IHDR) to claim another size, with a valid checksum: what a decompression bomb looks like. */
    static byte[] withDeclaredSize(byte[] png, int width, int height) {
        byte[] forged = png.clone();
        // signature (8) + length (4) + "IHDR" (4), then width and height, big-endian
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

    @Test
    void limitsComeFromPropertiesThenEnvironmentThenDefaults() {
        MediaLimits limits = MediaLimits.from(p -> p.equals("newsroom.media.max.bytes") ? "2048" : null,
                v -> v.equals("NEWSROOM_MEDIA_MAX_PIXELS") ? "1000" : null);
        assertEquals(2048, limits.maxBytes());
        assertEquals(1000, limits.maxPixels());
        assertArrayEquals(new long[] {MediaLimits.DEFAULT_MAX_BYTES, MediaLimits.DEFAULT_MAX_PIXELS},
                new long[] {MediaLimits.from(p -> null, v -> null).maxBytes(), MediaLimits.from(p -> null, v -> null).maxPixels()});
    }
}
