package org.newsroom.editorial.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Draws the demo's pictures: soft abstract landscapes, different for every seed. */
final class Pictures {

    static final int[] WIDTHS = {480, 960};

    private Pictures() {
    }

    static byte[] png(long seed, int width, int height) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = random.nextFloat();
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.45f, 0.95f),
                    0, height, Color.getHSBColor((hue + 0.12f) % 1f, 0.6f, 0.55f)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 6; i++) {
                g.setColor(translucent((hue + random.nextFloat() * 0.3f) % 1f, 0.5f, 0.8f, 0.35f));
                double size = width * (0.15 + random.nextDouble() * 0.35);
                g.fill(new Ellipse2D.Double(random.nextDouble() * width - size / 2, random.nextDouble() * height - size / 2, size, size));
            }
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.4f, 0.3f));
            int[] xs = new int[12];
            int[] ys = new int[12];
            for (int i = 0; i < 10; i++) {
                xs[i] = i * width / 9;
                ys[i] = (int) (height * (0.6 + random.nextDouble() * 0.2));
            }
            xs[10] = width;
            ys[10] = height;
            xs[11] = 0;
            ys[11] = height;
            g.fillPolygon(xs, ys, 12);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color translucent(float hue, float saturation, float brightness, float alpha) {
        Color c = Color.getHSBColor(hue, saturation, brightness);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }
}
