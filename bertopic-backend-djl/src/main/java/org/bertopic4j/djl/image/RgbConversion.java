package org.bertopic4j.djl.image;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * Turns a decoded {@link BufferedImage} into 8-bit RGB the way PIL's {@code convert("RGB")} does:
 * alpha is dropped (not composited), grey is copied to the three channels, palettes are looked up.
 * Grey images are read from the raster, not through {@code getRGB}, because Java's colour management
 * would otherwise gamma-map linear-grey samples.
 */
final class RgbConversion {
    private RgbConversion() {
    }

    static RgbImage toRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        switch (image.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR -> fromInterleavedBytes(image, out, 3, new int[] {2, 1, 0});
            case BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_4BYTE_ABGR_PRE ->
                    fromInterleavedBytes(image, out, 4, new int[] {3, 2, 1});
            default -> {
                if (isGrey(image)) {
                    fromGrey(image.getRaster(), out);
                } else {
                    fromArgb(image, out);
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    private static boolean isGrey(BufferedImage image) {
        return image.getColorModel() instanceof ComponentColorModel
                && image.getColorModel().getColorSpace().getNumComponents() == 1;
    }

    private static void fromInterleavedBytes(BufferedImage image, byte[] out, int pixelBytes, int[] rgbOffsets) {
        Raster raster = image.getRaster();
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer) || raster.getParent() != null
                || image.isAlphaPremultiplied()) {
            fromArgb(image, out);
            return;
        }
        byte[] data = buffer.getData();
        int n = image.getWidth() * image.getHeight();
        for (int i = 0; i < n; i++) {
            int p = i * pixelBytes;
            out[i * 3] = data[p + rgbOffsets[0]];
            out[i * 3 + 1] = data[p + rgbOffsets[1]];
            out[i * 3 + 2] = data[p + rgbOffsets[2]];
        }
    }

    private static void fromGrey(Raster raster, byte[] out) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bits = raster.getSampleModel().getSampleSize(0);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int v = bits > 8 ? Math.min(row[x] >> (bits - 8), 255) : row[x] * 255 / ((1 << bits) - 1);
                int p = (y * w + x) * 3;
                out[p] = (byte) v;
                out[p + 1] = (byte) v;
                out[p + 2] = (byte) v;
            }
        }
    }

    private static void fromArgb(BufferedImage image, byte[] out) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int p = (y * w + x) * 3;
                out[p] = (byte) (argb >> 16);
                out[p + 1] = (byte) (argb >> 8);
                out[p + 2] = (byte) argb;
            }
        }
    }
}
