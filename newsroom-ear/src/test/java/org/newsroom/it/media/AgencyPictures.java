package org.newsroom.it.media;

import java.awt.color.ColorSpace;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pictures as photo agencies send them: four-channel JPEGs, CMYK or YCCK, marked the way
 * Photoshop marks them (an Adobe APP14 segment, inks stored inverted) and carrying their
 * own ICC colour profile (APP2 ICC_PROFILE), all built here from bytes. The JDK's JPEG
 * writer encodes the four channels as given (a {@link Raster} is written without any colour
 * conversion); the Adobe and ICC segments are then put in after the start marker by hand.
 *
 * <p>The profile is made here too, small and deliberate: a CMYK printer profile whose
 * corners are chosen colours, so a test knows what each patch must look like in sRGB and
 * can tell whether the server used the embedded profile (full cyan here is a press cyan,
 * {@link #PRESS_CYAN}, not the screen cyan a profile-blind conversion gives).
 */
final class AgencyPictures {

    /** Patches of the test picture, left to right, as CMYK ink (0 none, 1 full). */
    static final float[][] INKS = {
        {0, 0, 0, 0},   // paper white
        {1, 0, 0, 0},   // cyan
        {0, 1, 1, 0},   // red
        {0, 0, 1, 0},   // yellow
        {0, 0, 0, 1},   // black
    };
    /** What each patch must become in sRGB through the embedded profile. */
    static final int[][] EXPECTED_SRGB = {
        {255, 255, 255},
        {0, 160, 230},
        {237, 28, 36},
        {255, 255, 0},
        {0, 0, 0},
    };
    static final int[] PRESS_CYAN = EXPECTED_SRGB[1];
    static final int PATCH = 64;
    static final int HEIGHT = 128;
    private static final int ADOBE_CMYK = 0;
    private static final int ADOBE_YCCK = 2;

    private AgencyPictures() {
    }

    /** A CMYK JPEG with the profile embedded. */
    static byte[] cmyk() {
        return agencyJpeg(ADOBE_CMYK);
    }

    /** A YCCK JPEG (Photoshop's usual way of storing CMYK) with the profile embedded. */
    static byte[] ycck() {
        return agencyJpeg(ADOBE_YCCK);
    }

    /** The centre of patch {@code i} at a rendition's width, in the rendition's pixels. */
    static int patchCentreX(int patch, int renditionWidth) {
        return Math.round((patch * PATCH + PATCH / 2f) * renditionWidth / (INKS.length * PATCH));
    }

    private static byte[] agencyJpeg(int adobeTransform) {
        int width = INKS.length * PATCH;
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, HEIGHT, 4, null);
        int[] stored = new int[4];
        for (int x = 0; x < width; x++) {
            float[] ink = INKS[x / PATCH];
            // Photoshop stores inks inverted (255 is no ink) in an Adobe-marked JPEG.
            int c = Math.round(255 * (1 - ink[0]));
            int m = Math.round(255 * (1 - ink[1]));
            int y = Math.round(255 * (1 - ink[2]));
            int k = Math.round(255 * (1 - ink[3]));
            if (adobeTransform == ADOBE_YCCK) {
                // YCCK as libjpeg makes it from those inverted values: un-invert C, M and Y, put them
                // through the JFIF RGB to YCbCr transform; K stays as it is.
                double r = 255 - c;
                double g = 255 - m;
                double b = 255 - y;
                stored[0] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                stored[1] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                stored[2] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
            } else {
                stored[0] = c;
                stored[1] = m;
                stored[2] = y;
            }
            stored[3] = k;
            for (int row = 0; row < HEIGHT; row++) {
                raster.setPixel(x, row, stored);
            }
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return withSegments(withoutAppSegments(encoded.toByteArray()), adobe(adobeTransform), iccProfileSegment(cmykProfile()));
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** The JPEG with whatever APPn segments the writer put after the start marker taken out. */
    private static byte[] withoutAppSegments(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xF0) == 0xE0) {
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** APP14 "Adobe": version 100, no flags, the colour transform (0 CMYK, 2 YCCK). */
    private static byte[] adobe(int transform) {
        ByteBuffer segment = ByteBuffer.allocate(2 + 2 + 12);
        segment.put((byte) 0xFF).put((byte) 0xEE).putShort((short) 14);
        segment.put("Adobe".getBytes(StandardCharsets.US_ASCII)).putShort((short) 100).putShort((short) 0).putShort((short) 0)
                .put((byte) transform);
        return segment.array();
    }

    /** APP2 "ICC_PROFILE", chunk 1 of 1. */
    private static byte[] iccProfileSegment(byte[] profile) {
        ByteBuffer segment = ByteBuffer.allocate(4 + 14 + profile.length);
        segment.put((byte) 0xFF).put((byte) 0xE2).putShort((short) (2 + 14 + profile.length));
        segment.put("ICC_PROFILE".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 1).put((byte) 1).put(profile);
        return segment.array();
    }

    /**
     * An ICC v2 output profile for CMYK with Lab as connection space and one table (A2B0,
     * lut16 with a grid of two points a side): each of the sixteen corners is a colour, the
     * patches' corners the expected ones and the rest what plain ink arithmetic gives.
     */
    static byte[] cmykProfile() {
        byte[] desc = textDescription("Newsroom test press CMYK");
        byte[] cprt = text("No copyright, made for tests");
        byte[] wtpt = xyz(0.9642, 1.0, 0.8249);
        byte[][] tags = {desc, cprt, wtpt, toLab(), fromLab()};
        String[] names = {"desc", "cprt", "wtpt", "A2B0", "B2A0"};
        int tableEnd = 128 + 4 + 12 * tags.length;
        int[] offsets = new int[tags.length];
        int size = tableEnd;
        for (int i = 0; i < tags.length; i++) {
            offsets[i] = size;
            size += (tags[i].length + 3) & ~3;
        }
        ByteBuffer profile = ByteBuffer.allocate(size);
        profile.putInt(size).putInt(0).putInt(0x02100000).put(ascii("prtr")).put(ascii("CMYK")).put(ascii("Lab "));
        profile.putShort((short) 2026).putShort((short) 12).putShort((short) 3).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        profile.put(ascii("acsp")).putInt(0).putInt(0).putInt(0).putInt(0).putLong(0).putInt(0);
        profile.putInt(fixed(0.9642)).putInt(fixed(1.0)).putInt(fixed(0.8249)).putInt(0);
        profile.position(128);
        profile.putInt(tags.length);
        for (int i = 0; i < tags.length; i++) {
            profile.put(ascii(names[i])).putInt(offsets[i]).putInt(tags[i].length);
        }
        for (int i = 0; i < tags.length; i++) {
            profile.position(offsets[i]);
            profile.put(tags[i]);
        }
        return profile.array();
    }

    /** A2B0: ink to Lab, the table that matters. */
    private static byte[] toLab() {
        ByteBuffer lut = lut16Start(4, 3);
        // The first input channel varies slowest.
        for (int c = 0; c < 2; c++) {
            for (int m = 0; m < 2; m++) {
                for (int y = 0; y < 2; y++) {
                    for (int k = 0; k < 2; k++) {
                        double[] lab = lab(cornerColour(c, m, y, k));
                        lut.putShort((short) Math.round(lab[0] * 0xFF00 / 100));
                        lut.putShort((short) Math.round((lab[1] + 128) * 256));
                        lut.putShort((short) Math.round((lab[2] + 128) * 256));
                    }
                }
            }
        }
        return lut16End(lut, 3);
    }

    /**
     * B2A0: Lab to ink, which no test converts with but a profile of this class must have
     * (colour management refuses to link one without it): lightness to black ink, nothing else.
     */
    private static byte[] fromLab() {
        ByteBuffer lut = lut16Start(3, 4);
        for (int l = 0; l < 2; l++) {
            for (int corner = 0; corner < 4; corner++) {
                lut.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) (l == 0 ? 0xFFFF : 0));
            }
        }
        return lut16End(lut, 4);
    }

    /** A lut16Type (mft2) with a grid of two points a side, identity matrix and straight curves, up to its table. */
    private static ByteBuffer lut16Start(int inputs, int outputs) {
        int corners = 1 << inputs;
        ByteBuffer lut = ByteBuffer.allocate(8 + 4 + 36 + 4 + inputs * 2 * 2 + corners * outputs * 2 + outputs * 2 * 2);
        lut.put(ascii("mft2")).putInt(0).put((byte) inputs).put((byte) outputs).put((byte) 2).put((byte) 0);
        for (int i = 0; i < 9; i++) {
            lut.putInt(i % 4 == 0 ? fixed(1.0) : 0);
        }
        lut.putShort((short) 2).putShort((short) 2);
        for (int channel = 0; channel < inputs; channel++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        return lut;
    }

    private static byte[] lut16End(ByteBuffer lut, int outputs) {
        for (int channel = 0; channel < outputs; channel++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        return lut.array();
    }

    /** The sRGB colour (0..1) of a corner of the ink cube. */
    private static float[] cornerColour(int c, int m, int y, int k) {
        for (int i = 0; i < INKS.length; i++) {
            float[] ink = INKS[i];
            if (ink[0] == c && ink[1] == m && ink[2] == y && ink[3] == k) {
                int[] rgb = EXPECTED_SRGB[i];
                return new float[] {rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f};
            }
        }
        return new float[] {(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)};
    }

    /** CIE Lab (D50, the profile connection space) of an sRGB colour, through the JDK's own sRGB profile. */
    private static double[] lab(float[] srgb) {
        float[] xyz = ColorSpace.getInstance(ColorSpace.CS_sRGB).toCIEXYZ(srgb);
        double fx = labF(xyz[0] / 0.9642);
        double fy = labF(xyz[1] / 1.0);
        double fz = labF(xyz[2] / 0.8249);
        double l = Math.max(0, Math.min(100, 116 * fy - 16));
        return new double[] {l, clampAb(500 * (fx - fy)), clampAb(200 * (fy - fz))};
    }

    private static double clampAb(double value) {
        return Math.max(-128, Math.min(127.99, value));
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static byte[] textDescription(String text) {
        byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tag = ByteBuffer.allocate(8 + 4 + ascii.length + 4 + 4 + 2 + 1 + 67);
        tag.put(ascii("desc")).putInt(0).putInt(ascii.length).put(ascii);
        return tag.array();
    }

    private static byte[] text(String text) {
        byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(8 + ascii.length).put(ascii("text")).putInt(0).put(ascii).array();
    }

    private static byte[] xyz(double x, double y, double z) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).putInt(fixed(x)).putInt(fixed(y)).putInt(fixed(z)).array();
    }

    private static int fixed(double value) {
        return (int) Math.round(value * 65536);
    }

    private static byte[] ascii(String four) {
        return four.getBytes(StandardCharsets.US_ASCII);
    }
}
