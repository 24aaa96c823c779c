package org.bertopic4j.djl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.testing.EmbeddingChecks;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding-backend contract (CONTRACT-TESTS.md) for ImageFeatureBackend on the real MobileNetV2:
 * input not modified, permutation and subset invariance (batches of 4, so rows move between batches),
 * determinism, 8 concurrent callers, shape, bad input and the skip report.
 */
class ImageFeatureBackendContractTest {
    static ImageFeatureBackend backend;

    @BeforeAll
    static void load() {
        backend = ImageFeatureBackend.builder(TestResources.path("mobilenet-v2")).batchSize(4).build();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    static List<ImageSource> images() {
        List<Path> all = TestResources.openclipartImages();
        return TestResources.sources(List.of(all.get(0), all.get(9), all.get(18), all.get(27), all.get(36),
                all.get(45)));
    }

    @Test
    void inputIsNotModified() throws Exception {
        BufferedImage img = ImageIO.read(TestResources.openclipartImages().get(3).toFile());
        byte[] before = ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone();
        backend.embedImages(List.of(ImageSource.of(img, "in-memory")));
        assertArrayEquals(before, ((DataBufferByte) img.getRaster().getDataBuffer()).getData());
    }

    @Test
    void permutingTheInputPermutesTheOutput() {
        EmbeddingChecks.permutationPermutesRows(images(), backend::embedImages, 1e-4);
    }

    @Test
    void deterministic() {
        EmbeddingChecks.deterministic(images(), backend::embedImages);
    }

    @Test
    void concurrentCallsMatchSequential() throws Exception {
        EmbeddingChecks.concurrentCallsMatchSequential(images().subList(0, 4), backend::embedImages);
    }

    @Test
    void outputHasTheDeclaredShape() {
        EmbeddingChecks.shapeAndFinite(backend.embedImages(images()), 6, 1280);
        EmbeddingChecks.shapeAndFinite(backend.embed(null, images().subList(0, 1)), 1, 1280);
    }

    @Test
    void badInputIsRejectedNamingTheArgument(@TempDir Path tmp) throws Exception {
        assertMessage(() -> backend.embedImages(null), "images is null");
        assertMessage(() -> backend.embedImages(List.of()), "images is empty");
        assertMessage(() -> backend.embedImages(Arrays.asList(images().get(0), null)), "images[1] is null");
        Path corrupt = tmp.resolve("truncated.jpg");
        byte[] jpeg = Files.readAllBytes(TestResources.openclipartImages().get(0));
        Files.write(corrupt, Arrays.copyOf(jpeg, 40));
        assertMessage(() -> backend.embedImages(List.of(images().get(0), ImageSource.of(corrupt))), "truncated.jpg");
        assertThrows(UnsupportedOperationException.class, () -> backend.embedDocuments(List.of("text")));
        assertMessage(() -> ImageFeatureBackend.builder(tmp).build(), "preprocessor");
        assertMessage(() -> ImageFeatureBackend.builder(TestResources.path("mobilenet-v2")).outputName("nope").build(),
                "outputName 'nope'");
        assertMessage(() -> ImageFeatureBackend.builder(TestResources.path("mobilenet-v2")).batchSize(0),
                "batchSize must be >= 1");
    }

    @Test
    void skippedImagesGetZeroRowsAndAreReported(@TempDir Path tmp) {
        Path missing = tmp.resolve("gone.png");
        try (ImageFeatureBackend skipping = ImageFeatureBackend.builder(TestResources.path("mobilenet-v2"))
                .onBadImage(BadImagePolicy.SKIP).build()) {
            ImageEmbeddings r = skipping.embedImagesWithReport(List.of(ImageSource.of(missing), images().get(0)));
            assertEquals(1, r.skipped().size());
            assertTrue(r.isSkipped(0));
            assertEquals(missing.toString(), r.skipped().get(0).name());
            assertArrayEquals(new float[1280], r.vectors()[0]);
            assertArrayEquals(backend.embedImages(images().subList(0, 1))[0], r.vectors()[1], 1e-5f);
            ImageEmbeddings none = skipping.embedImagesWithReport(List.of(ImageSource.of(missing)));
            assertArrayEquals(new float[1280], none.vectors()[0], "the declared width sizes the zero row");
        }
    }

    static void assertMessage(Runnable r, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
    }
}
