package org.bertopic4j.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.clip.ClipBackend;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.image.ImageFeatureBackend;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * MultimodalBackend composing a text backend (the tiny CLIP's text tower, 512-d) with an image backend
 * that does not share its space (the real MobileNetV2, 1280-d): concatenation of the weighted, normalised
 * parts; the means refuse different widths; skipped images fall back to the text.
 */
class MultimodalBackendTest {
    static final Path CLIP = TestResources.path("tiny-models/clip");
    static final Path MOBILENET = TestResources.path("mobilenet-v2");

    static List<ImageSource> images() {
        return TestResources.sources(TestResources.openclipartImages().subList(0, 3));
    }

    static final List<String> DOCS = List.of("a dog", "the picture of a house", "a cat");

    @Test
    void concatenatesNormalisedWeightedParts() {
        try (MultimodalBackend mm = MultimodalBackend.builder(ClipBackend.load(CLIP), ImageFeatureBackend.load(MOBILENET))
                .fusion(Fusion.CONCATENATE).weights(2.0, 0.5).build();
                ClipBackend text = ClipBackend.load(CLIP);
                ImageFeatureBackend image = ImageFeatureBackend.load(MOBILENET)) {
            float[][] fused = mm.embed(DOCS, images());
            float[][] t = text.embedDocuments(DOCS);
            float[][] im = image.embedImages(images());
            for (int r = 0; r < 3; r++) {
                assertEquals(512 + 1280, fused[r].length);
                float[] tn = Fusion.normalized(t[r], 2.0);
                float[] in = Fusion.normalized(im[r], 0.5);
                for (int j = 0; j < 512; j++) {
                    assertEquals(tn[j], fused[r][j], 1e-6);
                }
                for (int j = 0; j < 1280; j++) {
                    assertEquals(in[j], fused[r][512 + j], 1e-6);
                }
            }
            assertArrayEquals(t[0], mm.embedDocuments(DOCS)[0]);
            assertArrayEquals(im[0], mm.embedImages(images())[0]);
            assertEquals(3, mm.embed(DOCS, null).length);
            assertEquals(1280, mm.embed(null, images())[0].length);
        }
    }

    @Test
    void meansNeedOneSpace() {
        try (MultimodalBackend mm = MultimodalBackend.builder(ClipBackend.load(CLIP),
                ImageFeatureBackend.load(MOBILENET)).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mm.embed(DOCS, images()));
            assertTrue(e.getMessage().contains("CONCATENATE"), e.getMessage());
        }
    }

    @Test
    void skippedImageRowsKeepTheirText() {
        List<ImageSource> imgs = List.of(images().get(0), ImageSource.of(Path.of("missing-image.png")),
                images().get(2));
        try (MultimodalBackend mm = MultimodalBackend.builder(ClipBackend.load(CLIP), ImageFeatureBackend
                .builder(MOBILENET).onBadImage(BadImagePolicy.SKIP).build()).fusion(Fusion.CONCATENATE).build()) {
            float[] row = mm.embed(DOCS, imgs)[1];
            double textNorm = 0;
            for (int j = 0; j < 512; j++) {
                textNorm += row[j] * row[j];
            }
            assertEquals(1.0, textNorm, 1e-5);
            for (int j = 512; j < row.length; j++) {
                assertEquals(0f, row[j]);
            }
        }
    }

    @Test
    void badArguments() {
        try (ClipBackend clip = ClipBackend.load(CLIP)) {
            assertThrows(IllegalArgumentException.class, () -> MultimodalBackend.builder(null, clip));
            assertThrows(IllegalArgumentException.class, () -> MultimodalBackend.builder(clip, clip).weights(0, 1));
            assertThrows(IllegalArgumentException.class,
                    () -> MultimodalBackend.builder(clip, clip).weights(1, Double.NaN));
        }
    }
}
