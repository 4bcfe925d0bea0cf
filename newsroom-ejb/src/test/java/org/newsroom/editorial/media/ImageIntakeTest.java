package org.newsroom.editorial.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.editorial.configuration.GivenConfiguration;

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
    void aTruncatedImageIsRefusedAsDamagedInOurSentenceWithTheDecodersWordsOnlyAsTheCause() throws IOException {
        byte[] jpeg = picture("jpeg", 800, 600);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        MediaRefused jpegRefused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(cut, LIMITS));
        byte[] png = picture("png", 800, 600);
        byte[] cutPng = Arrays.copyOf(png, png.length / 2);
        MediaRefused pngRefused = assertThrows(MediaRefused.class, () -> ImageIntake.accept(cutPng, LIMITS));
        for (MediaRefused refused : List.of(jpegRefused, pngRefused)) {
            assertEquals(Refusal.of(Reason.IMAGE_UNREADABLE), refused.refusal());
            assertEquals("The image is damaged or incomplete and cannot be read; nothing was stored.", refused.getMessage());
            assertNotNull(refused.getCause(), "what the decoder said is kept for the log");
        }
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
        MediaLimits limits = MediaLimits.from(GivenConfiguration.values(Map.of("newsroom.media.max.bytes", "2048"),
                Map.of("NEWSROOM_MEDIA_MAX_PIXELS", "1000")));
        assertEquals(2048, limits.maxBytes());
        assertEquals(1000, limits.maxPixels());
        assertArrayEquals(new long[] {MediaLimits.DEFAULT_MAX_BYTES, MediaLimits.DEFAULT_MAX_PIXELS},
                new long[] {MediaLimits.from(p -> null).maxBytes(), MediaLimits.from(p -> null).maxPixels()});
    }

    /**
     * A camera's landscape frame, 400 × 200 as stored, red in its top left corner and green
     * in its top right, told by EXIF how to stand: each of the eight values puts the two
     * corners somewhere else, and the four that turn it a quarter make it 200 × 400.
     */
    @ParameterizedTest(name = "orientation {0}: red {1}, green {2}")
    @CsvSource({
        "1, TOP_LEFT, TOP_RIGHT",
        "2, TOP_RIGHT, TOP_LEFT",
        "3, BOTTOM_RIGHT, BOTTOM_LEFT",
        "4, BOTTOM_LEFT, BOTTOM_RIGHT",
        "5, TOP_LEFT, BOTTOM_LEFT",
        "6, TOP_RIGHT, BOTTOM_RIGHT",
        "7, BOTTOM_RIGHT, TOP_RIGHT",
        "8, BOTTOM_LEFT, TOP_LEFT",
    })
    void aPhotoIsTurnedUprightAsItsExifOrientationSays(int orientation, Corner red, Corner green) throws IOException {
        ImageIntake.Accepted accepted = ImageIntake.accept(withExifOrientation(markedFrame(), orientation), LIMITS);
        boolean quarterTurn = orientation >= 5;
        assertEquals(quarterTurn ? 200 : 400, accepted.width());
        assertEquals(quarterTurn ? 400 : 200, accepted.height());
        ImageIntake.Rendition full = accepted.renditions().get(accepted.renditions().size() - 1);
        assertEquals(accepted.width(), full.width());
        assertEquals(accepted.height(), full.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(full.bytes()));
        assertEquals(full.width(), upright.getWidth());
        assertEquals(full.height(), upright.getHeight());
        for (Corner corner : Corner.values()) {
            Color seen = corner.colourIn(upright);
            Color expected = corner == red ? Color.RED : corner == green ? Color.GREEN : Color.BLUE;
            assertTrue(near(expected, seen), corner + " should be " + expected + " but is " + seen);
        }
    }

    @Test
    void anOrientationOutsideOneToEightLeavesThePictureAsStored() throws IOException {
        ImageIntake.Accepted accepted = ImageIntake.accept(withExifOrientation(markedFrame(), 0), LIMITS);
        assertEquals(400, accepted.width());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(accepted.renditions().get(1).bytes()));
        assertTrue(near(Color.RED, Corner.TOP_LEFT.colourIn(decoded)));
        assertEquals(Orientation.UPRIGHT, Orientation.ofExif(9));
    }

    @Test
    void aPictureWithoutExifIsUpright() throws IOException {
        assertEquals(Orientation.UPRIGHT, Orientation.of(picture("jpeg", 40, 20)));
        assertEquals(Orientation.TURNED_CLOCKWISE, Orientation.of(withExifOrientation(picture("jpeg", 40, 20), 6)));
        assertFalse(Orientation.UPSIDE_DOWN.swapsSides());
    }

    enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT, BOTTOM_LEFT;

        /** A pixel a little inside the corner, clear of JPEG's blur at the edges of the marks. */
        Color colourIn(BufferedImage image) {
            int x = this == TOP_LEFT || this == BOTTOM_LEFT ? 10 : image.getWidth() - 11;
            int y = this == TOP_LEFT || this == TOP_RIGHT ? 10 : image.getHeight() - 11;
            return new Color(image.getRGB(x, y));
        }
    }

    private static boolean near(Color expected, Color seen) {
        return Math.abs(expected.getRed() - seen.getRed()) < 60 && Math.abs(expected.getGreen() - seen.getGreen()) < 60
                && Math.abs(expected.getBlue() - seen.getBlue()) < 60;
    }

    /** Blue, 400 × 200, with a red mark in the top left corner and a green one in the top right. */
    private static byte[] markedFrame() throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 60);
        g.setColor(Color.GREEN);
        g.fillRect(340, 0, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an Exif APP1 segment right after its start marker, as cameras write it:
     * "Exif\0\0", a big-endian TIFF header and one IFD holding only Orientation (tag 274,
     * one SHORT).
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8,                      // big-endian, first IFD at offset 8
            0, 1,                                             // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, count 1, value
            0, 0, 0, 0,                                       // no next IFD
        };
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                                // SOI
        out.write(0xFF);
        out.write(0xE1);                                      // APP1
        out.write(length >>> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
