package org.bertopic4j.djl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.bertopic4j.io.Npy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Checks the preprocessing against reference tensors that PIL 9.4 + numpy computed the way transformers'
 * image processors do (src/test/python/make_preprocess_references.py). Resize and crop are compared
 * exactly (PIL's integer arithmetic is reproduced bit for bit), float tensors exactly from PNG input and
 * within 0.08 (two uint8 steps after CLIP normalisation) from JPEG input, where Java's JPEG decoder
 * may differ from libjpeg-turbo by a unit in a few pixels.
 */
class ImagePreprocessorTest {

    static BufferedImage image(String name) {
        try (InputStream in = ImagePreprocessorTest.class.getResourceAsStream("/preprocess/" + name)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImageProcessorConfig config(String name) {
        try (InputStream in = ImagePreprocessorTest.class.getResourceAsStream("/preprocess/" + name + ".json")) {
            return ImageProcessorConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] npy(String name) {
        try (InputStream in = ImagePreprocessorTest.class.getResourceAsStream("/preprocess/" + name)) {
            double[] d = Npy.read(in, name).flat();
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"clip,animals-003", "clip,buildings-010", "clip,synthetic-rgba", "clip,synthetic-grey",
        "clip,synthetic-tiny", "vit,animals-003", "vit,buildings-010", "vit,synthetic-rgba", "vit,synthetic-grey",
        "vit,synthetic-tiny", "odd,animals-003", "odd,buildings-010", "odd,synthetic-rgba", "odd,synthetic-grey",
        "odd,synthetic-tiny"})
    void resizeAndCropMatchPilExactly(String configName, String imageName) {
        ImagePreprocessor p = new ImagePreprocessor(config(configName));
        RgbImage got = p.resizeAndCrop(RgbConversion.toRgb(image(imageName + ".png")));
        RgbImage want = RgbConversion.toRgb(image(configName + "--" + imageName + ".expected.png"));
        assertEquals(want.width(), got.width(), "width");
        assertEquals(want.height(), got.height(), "height");
        int differing = 0;
        for (int i = 0; i < want.rgb().length; i++) {
            differing += want.rgb()[i] != got.rgb()[i] ? 1 : 0;
        }
        assertEquals(0, differing, "uint8 values differing from PIL");
    }

    @Test
    void legacyIntConfigMeansShortestEdgeForClip() {
        ImageProcessorConfig legacy = config("clip-legacy");
        assertEquals(224, legacy.shortestEdge());
        assertEquals(224, legacy.cropHeight());
        assertTrue(legacy.doRescale());
        BufferedImage img = image("buildings-010.png");
        assertArrayEquals(new ImagePreprocessor(config("clip")).preprocess(img),
                new ImagePreprocessor(legacy).preprocess(img));
    }

    @Test
    void floatTensorsFromPngMatchExactly() {
        float[] mobilenet = new ImagePreprocessor(config("mobilenet")).preprocess(image("animals-003.png"));
        assertArrayEquals(npy("mobilenet--animals-003.float32.npy"), mobilenet, 0f);
        float[] odd = new ImagePreprocessor(config("odd")).preprocess(image("synthetic-rgba.png"));
        assertArrayEquals(npy("odd--synthetic-rgba.float32.npy"), odd, 0f);
    }

    @Test
    void clipTensorFromJpegMatchesWithinDecoderTolerance() {
        ImagePreprocessor p = new ImagePreprocessor(config("clip"));
        assertArrayEquals(new long[] {3, 224, 224}, p.imageShape());
        float[] got = p.preprocess(image("tools-007.jpg"));
        float[] want = npy("clip--tools-007.float32.npy");
        double maxDiff = 0;
        for (int i = 0; i < want.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(got[i] - want[i]));
        }
        System.out.println("CLIP tensor from JPEG, max |java - PIL| = " + maxDiff);
        assertTrue(maxDiff <= 0.08, "max abs difference " + maxDiff);
    }

    @Test
    void invalidConfigsAreRejectedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageProcessorConfig.parse("{\"resample\": 0}", "cfg.json"));
        assertTrue(e.getMessage().contains("resample 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ImageProcessorConfig.parse("{\"do_normalize\": true, \"image_mean\": [0.5]}", "cfg.json"));
        assertTrue(e.getMessage().contains("image_mean"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ImageProcessorConfig.parse("{\"size\": {\"shortest_edge\": 0}}", "cfg.json"));
        assertTrue(e.getMessage().contains("size.shortest_edge"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ImageProcessorConfig.parse("{\"output_pooling\": \"max\"}", "cfg.json"));
        assertTrue(e.getMessage().contains("output_pooling"), e.getMessage());
        assertEquals(FeaturePooling.CLS,
                ImageProcessorConfig.parse("{\"output_pooling\": \"cls\"}", "cfg.json").outputPooling());
        e = assertThrows(IllegalArgumentException.class, () -> ImageProcessorConfig.parse("[1]", "cfg.json"));
        assertTrue(e.getMessage().contains("cfg.json"), e.getMessage());
    }
}
