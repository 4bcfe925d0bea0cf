package org.newsroom.editorial.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.newsroom.domain.media.MediaRendition;
import org.newsroom.domain.refusal.Reason;

/**
 * Turns uploaded bytes into renditions, or refuses them with a sentence the uploader can
 * act on. The format is read from the bytes (a renamed program is not a PNG); the
 * declared size is checked before any pixel is decoded; decoder warnings (a truncated
 * JPEG decodes to grey without failing) count as damage. Damage is refused in one sentence
 * of our own: what the decoder said is the refusal's cause, for the log, never for the uploader. A picture is turned upright as
 * its EXIF orientation says (a phone's portrait is stored sideways), so its dimensions and
 * renditions are those a reader sees. Every rendition is drawn afresh and re-encoded, so
 * metadata and anything appended to the file stay behind. Pictures in another colour space
 * (the CMYK and YCCK JPEGs agencies send, read through {@link ImagePlugins}, or any picture
 * with its own ICC profile) are converted to sRGB before they are scaled: browsers show
 * sRGB, and a JPEG rendition is always three-channel RGB.
 */
public final class ImageIntake {

    /** Rendition widths; an image narrower than the largest also keeps its own width. Never upscaled. */
    static final int[] WIDTHS = {320, 640, 1024, 1600};
    private static final float JPEG_QUALITY = 0.85f;
    private static final Map<String, String> ACCEPTED = Map.of("png", "image/png", "jpeg", "image/jpeg", "gif", "image/gif");
    /**
     * Reader warnings about the colour profile (one missing, one odd, one treated as another
     * class) are notes on how the colours were made, not damage; every other warning is.
     * Agencies' CMYK profiles draw such notes as a matter of course.
     */
    private static final Pattern COLOUR_NOTE = Pattern.compile("(?i)\\bICC\\b|colou?r profile");
    private static final ColorSpace SRGB = ColorSpace.getInstance(ColorSpace.CS_sRGB);

    private ImageIntake() {
    }

    /** One re-encoded size. */
    public record Rendition(int width, int height, String contentType, byte[] bytes) {
    }

    /** What the upload turned out to be; width and height upright. */
    public record Accepted(String contentType, int width, int height, List<Rendition> renditions) {
    }

    /** The image and its renditions, or {@link MediaRefused} saying what is wrong with the file. */
    public static Accepted accept(byte[] bytes, MediaLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefused(Reason.FILE_EMPTY);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new MediaRefused(Reason.FILE_TOO_LARGE, MediaLimits.readable(bytes.length), MediaLimits.readable(limits.maxBytes()));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int storedWidth = reader.getWidth(0);
                int storedHeight = reader.getHeight(0);
                requireSensibleSize(storedWidth, storedHeight, limits);
                Orientation orientation = Orientation.of(bytes);
                int width = orientation.uprightWidth(storedWidth, storedHeight);
                int height = orientation.uprightHeight(storedWidth, storedHeight);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                // Decode no more than twice the widest rendition needs: bounds memory, keeps quality.
                int step = Math.max(1, width / (2 * WIDTHS[WIDTHS.length - 1]));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                List<String> damage = warnings.stream().filter(w -> !COLOUR_NOTE.matcher(w).find()).toList();
                if (!damage.isEmpty()) {
                    throw MediaRefused.unreadable(new IIOException(String.join("; ", damage)));
                }
                decoded = inSrgb(decoded);
                String contentType = ACCEPTED.get(normalized(format));
                return new Accepted(contentType, width, height,
                        renditions(orientation.upright(decoded), width, height, !"image/jpeg".equals(contentType)));
            } finally {
                reader.dispose();
            }
        } catch (MediaRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // Decoders report damage as IIOException, IndexOutOfBounds, IllegalArgument and more.
            throw MediaRefused.unreadable(broken);
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        if (input == null) {
            throw new MediaRefused(Reason.FILE_UNREADABLE);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (ACCEPTED.containsKey(normalized(reader.getFormatName()))) {
                    return reader;
                }
            } catch (IOException e) {
                // try the next reader
            }
            reader.dispose();
        }
        throw new MediaRefused(Reason.FILE_NOT_AN_IMAGE);
    }

    /** The picture in sRGB (alpha kept), converted through its own colour space's profile when it has another one. */
    private static BufferedImage inSrgb(BufferedImage decoded) {
        ColorSpace space = decoded.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || decoded.getColorModel() instanceof IndexColorModel) {
            return decoded;
        }
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage srgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(SRGB, null).filter(decoded, srgb);
        return srgb;
    }

    private static String normalized(String format) {
        String lower = format.toLowerCase(Locale.ROOT);
        return "jpg".equals(lower) ? "jpeg" : lower;
    }

    private static void requireSensibleSize(int width, int height, MediaLimits limits) {
        if (width < 1 || height < 1) {
            throw new MediaRefused(Reason.IMAGE_EMPTY);
        }
        if (width > MediaLimits.MAX_SIDE || height > MediaLimits.MAX_SIDE || (long) width * height > limits.maxPixels()) {
            throw new MediaRefused(Reason.IMAGE_TOO_LARGE, width, height,
                    String.format(Locale.ROOT, "%,d", limits.maxPixels()), MediaLimits.MAX_SIDE);
        }
    }

    private static List<Rendition> renditions(BufferedImage decoded, int width, int height, boolean keepPng) throws IOException {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        if (width <= WIDTHS[WIDTHS.length - 1]) {
            widths.add(width);
        }
        List<Rendition> renditions = new ArrayList<>();
        for (int w : widths) {
            int h = Math.max(1, Math.round((float) height * w / width));
            boolean alpha = decoded.getColorModel().hasAlpha();
            BufferedImage scaled = scale(decoded, w, h, keepPng && alpha);
            byte[] encoded = keepPng ? png(scaled) : null;
            String type = "image/png";
            // A photograph saved as PNG can be huge: without transparency JPEG serves it as well.
            if (encoded == null || (encoded.length > MediaRendition.MAX_BYTES && !alpha)) {
                encoded = jpeg(alpha ? flatten(scaled) : scaled);
                type = "image/jpeg";
            }
            if (encoded.length <= MediaRendition.MAX_BYTES) {
                renditions.add(new Rendition(w, h, type, encoded));
            }
        }
        if (renditions.isEmpty()) {
            throw new MediaRefused(Reason.IMAGE_UNSTORABLE);
        }
        return renditions;
    }

    /** Halves while more than twice too big (bilinear steps keep detail), then scales to the exact size. */
    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int w = current.getWidth();
        int h = current.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                if (!alpha) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static BufferedImage flatten(BufferedImage image) {
        return scale(image, image.getWidth(), image.getHeight(), false);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
