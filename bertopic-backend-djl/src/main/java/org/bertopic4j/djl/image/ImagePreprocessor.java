package org.bertopic4j.djl.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns an image into the float pixel tensor a vision model expects, exactly as transformers' PIL-based
 * image processors ({@code CLIPImageProcessor}, {@code ViTImageProcessor}) do, driven by an
 * {@link ImageProcessorConfig}:
 * <ol>
 * <li>convert to 8-bit RGB (alpha dropped, as PIL's {@code convert("RGB")});</li>
 * <li>resize with PIL's {@code Image.resize} algorithm, either the shortest edge to N (the other edge
 *     {@code int(N * long / short)}) or to a fixed height and width;</li>
 * <li>centre-crop: top = floor((h - crop_h) / 2), left likewise, zero-padding an image smaller than the crop;</li>
 * <li>rescale (float64 product, then float32) and normalise {@code (x - mean) / std} in float32;</li>
 * <li>lay out as CHW or HWC.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class ImagePreprocessor {
    private final ImageProcessorConfig config;
    private final int outHeight;
    private final int outWidth;
    private final float[] lut;

    /** A preprocessor for the given configuration. */
    public ImagePreprocessor(ImageProcessorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.doCenterCrop()) {
            outHeight = config.cropHeight();
            outWidth = config.cropWidth();
        } else if (config.doResize() && config.shortestEdge() == 0) {
            outHeight = config.resizeHeight();
            outWidth = config.resizeWidth();
        } else {
            outHeight = -1;
            outWidth = -1;
        }
        lut = valueTable(config);
    }

    /** The float value of each channel's uint8 value: rescale in float64 to float32, then normalise in float32. */
    private static float[] valueTable(ImageProcessorConfig config) {
        float[] table = new float[3 * 256];
        float[] mean = config.mean();
        float[] std = config.std();
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                float x = config.doRescale() ? (float) (v * config.rescaleFactor()) : v;
                table[c * 256 + v] = config.doNormalize() ? (x - mean[c]) / std[c] : x;
            }
        }
        return table;
    }

    /** A preprocessor for a model directory's {@code preprocessor_config.json}. */
    public static ImagePreprocessor fromModelDirectory(Path dir) {
        return new ImagePreprocessor(ImageProcessorConfig.load(dir.resolve("preprocessor_config.json")));
    }

    /** The configuration. */
    public ImageProcessorConfig config() {
        return config;
    }

    /**
     * The output height in pixels, or -1 when it depends on the image (shortest-edge resize without crop,
     * which a batch cannot hold).
     */
    public int outputHeight() {
        return outHeight;
    }

    /** The output width in pixels, or -1 when it depends on the image. */
    public int outputWidth() {
        return outWidth;
    }

    /** The per-image tensor shape: {@code [3, H, W]} for NCHW, {@code [H, W, 3]} for NHWC. */
    public long[] imageShape() {
        requireFixedSize();
        return config.layout() == ImageProcessorConfig.Layout.NCHW ? new long[] {3, outHeight, outWidth}
                : new long[] {outHeight, outWidth, 3};
    }

    /** Values per image: {@code 3 * H * W}. */
    public int imageSize() {
        requireFixedSize();
        return 3 * outHeight * outWidth;
    }

    private void requireFixedSize() {
        if (outHeight < 0) {
            throw new IllegalArgumentException("the preprocessor config gives no fixed output size (shortest-edge "
                    + "resize without centre crop); set do_center_crop or a {height, width} size");
        }
    }

    /** Preprocesses one image into a new array of {@link #imageSize()} floats. */
    public float[] preprocess(BufferedImage image) {
        float[] out = new float[imageSize()];
        preprocess(image, out, 0);
        return out;
    }

    /**
     * Preprocesses one image into {@code dest} starting at {@code offset} ({@link #imageSize()} floats),
     * so a batch tensor can be filled in place.
     */
    public void preprocess(BufferedImage image, float[] dest, int offset) {
        Objects.requireNonNull(image, "image");
        RgbImage resized = resizeAndCrop(RgbConversion.toRgb(image));
        if (resized.width() != outWidth || resized.height() != outHeight) {
            throw new IllegalStateException("preprocessed size " + resized.width() + "x" + resized.height()
                    + " differs from " + outWidth + "x" + outHeight);
        }
        writeNormalized(resized, dest, offset);
    }

    /** Steps 1-3 only: the uint8 RGB pixels after resize and crop (for tests and tools). */
    RgbImage resizeAndCrop(RgbImage rgb) {
        RgbImage image = rgb;
        if (config.doResize()) {
            int[] hw = resizeTarget(image.height(), image.width());
            image = PilResize.resize(image, hw[1], hw[0], config.resample());
        }
        if (config.doCenterCrop()) {
            image = centerCrop(image, config.cropHeight(), config.cropWidth());
        }
        return image;
    }

    private int[] resizeTarget(int height, int width) {
        if (config.shortestEdge() == 0) {
            return new int[] {config.resizeHeight(), config.resizeWidth()};
        }
        int target = config.shortestEdge();
        int shortSide = Math.min(width, height);
        int longSide = Math.max(width, height);
        if (shortSide == target) {
            return new int[] {height, width};
        }
        int newLong = (int) ((double) (target * (long) longSide) / shortSide);
        return width <= height ? new int[] {newLong, target} : new int[] {target, newLong};
    }

    /**
     * transformers' {@code center_crop}: top = floor((h - crop_h) / 2), left likewise; where the image is
     * smaller than the crop it is zero-padded (ceil of half the difference before), which places source
     * row {@code top + y} at output row {@code y} in every case.
     */
    static RgbImage centerCrop(RgbImage in, int cropH, int cropW) {
        int top = Math.floorDiv(in.height() - cropH, 2);
        int left = Math.floorDiv(in.width() - cropW, 2);
        if (top == 0 && left == 0 && in.height() == cropH && in.width() == cropW) {
            return in;
        }
        byte[] out = new byte[cropH * cropW * 3];
        int x0 = Math.max(0, -left);
        int x1 = Math.min(cropW, in.width() - left);
        for (int y = 0; y < cropH; y++) {
            int srcY = top + y;
            if (srcY >= 0 && srcY < in.height() && x1 > x0) {
                System.arraycopy(in.rgb(), (srcY * in.width() + left + x0) * 3, out, (y * cropW + x0) * 3,
                        (x1 - x0) * 3);
            }
        }
        return new RgbImage(cropW, cropH, out);
    }

    private void writeNormalized(RgbImage image, float[] dest, int offset) {
        byte[] rgb = image.rgb();
        int plane = outHeight * outWidth;
        if (config.layout() == ImageProcessorConfig.Layout.NCHW) {
            for (int i = 0; i < plane; i++) {
                dest[offset + i] = lut[rgb[i * 3] & 0xFF];
                dest[offset + plane + i] = lut[256 + (rgb[i * 3 + 1] & 0xFF)];
                dest[offset + 2 * plane + i] = lut[512 + (rgb[i * 3 + 2] & 0xFF)];
            }
        } else {
            for (int i = 0; i < plane * 3; i += 3) {
                dest[offset + i] = lut[rgb[i] & 0xFF];
                dest[offset + i + 1] = lut[256 + (rgb[i + 1] & 0xFF)];
                dest[offset + i + 2] = lut[512 + (rgb[i + 2] & 0xFF)];
            }
        }
    }
}
