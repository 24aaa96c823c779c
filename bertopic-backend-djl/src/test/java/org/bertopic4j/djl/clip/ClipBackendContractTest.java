package org.bertopic4j.djl.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.contract.EmbeddingBackendContract;
import org.bertopic4j.djl.testing.EmbeddingChecks;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedding-backend contract (CONTRACT-TESTS.md) for ClipBackend on the tiny CLIP model: the shared
 * text battery of {@link EmbeddingBackendContract}, plus the same checks for images and text + image
 * (input not modified, permutation and subset invariance, determinism, 8 concurrent callers, shape,
 * bad input).
 */
class ClipBackendContractTest extends EmbeddingBackendContract {
    static final Path DIR = TestResources.path("tiny-models/clip");
    static ClipBackend clip;

    @Override
    protected EmbeddingBackend createBackend() {
        return ClipBackend.builder(DIR).batchSize(4).build();
    }

    @Override
    protected EmbeddingBackend createBackend(int batchSize) {
        return ClipBackend.builder(DIR).batchSize(batchSize).build();
    }

    @Override
    protected int expectedDimension() {
        return 512;
    }

    /** The tiny model's projections are not normalised (values up to ~90): 1e-3 is ~1e-5 relative. */
    @Override
    protected double tolerance() {
        return 1e-3;
    }

    @BeforeAll
    static void load() {
        clip = ClipBackend.builder(DIR).batchSize(4).build();
    }

    @AfterAll
    static void close() {
        clip.close();
    }

    static List<String> docs() {
        return List.of("a cat on a mat", "The picture of the dog", "", "Hello World 2016!", "dogs and cats",
                "x y z", "another one", "the end");
    }

    static List<ImageSource> images() {
        return TestResources.sources(TestResources.openclipartImages().subList(0, 6));
    }

    @Test
    void inputIsNotModified() throws Exception {
        List<String> docs = new ArrayList<>(docs());
        List<String> copy = List.copyOf(docs);
        clip.embedDocuments(docs);
        assertEquals(copy, docs);
        BufferedImage img = ImageIO.read(TestResources.openclipartImages().get(0).toFile());
        byte[] before = ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone();
        clip.embedImages(List.of(ImageSource.of(img, "in-memory")));
        assertArrayEquals(before, ((DataBufferByte) img.getRaster().getDataBuffer()).getData());
    }

    @Test
    void permutingTheInputPermutesTheOutput() {
        EmbeddingChecks.permutationPermutesRows(docs(), clip::embedDocuments, 1e-5);
        EmbeddingChecks.permutationPermutesRows(images(), clip::embedImages, 1e-5);
    }

    @Test
    void deterministic() {
        EmbeddingChecks.deterministic(docs(), clip::embedDocuments);
        EmbeddingChecks.deterministic(images(), clip::embedImages);
    }

    @Test
    void concurrentCallsMatchSequential() throws Exception {
        EmbeddingChecks.concurrentCallsMatchSequential(docs(), clip::embedDocuments);
        EmbeddingChecks.concurrentCallsMatchSequential(images(), clip::embedImages);
        List<String> titles = docs().subList(0, 6);
        EmbeddingChecks.concurrentCallsMatchSequential(images(), imgs -> clip.embed(titles, imgs));
    }

    @Test
    void outputHasTheDeclaredShape() {
        EmbeddingChecks.shapeAndFinite(clip.embedDocuments(docs()), 8, 512);
        EmbeddingChecks.shapeAndFinite(clip.embedWords(List.of("cat", "dog")), 2, 512);
        EmbeddingChecks.shapeAndFinite(clip.embedImages(images()), 6, 512);
        EmbeddingChecks.shapeAndFinite(clip.embed(docs().subList(0, 6), images()), 6, 512);
        EmbeddingChecks.shapeAndFinite(clip.embedDocuments(List.of("single")), 1, 512);
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        assertMessage(() -> clip.embedDocuments(null), "documents is null");
        assertMessage(() -> clip.embedDocuments(List.of()), "documents is empty");
        assertMessage(() -> clip.embedDocuments(Arrays.asList("a", null)), "documents[1] is null");
        assertMessage(() -> clip.embedWords(List.of()), "words is empty");
        assertMessage(() -> clip.embedImages(null), "images is null");
        assertMessage(() -> clip.embedImages(List.of()), "images is empty");
        assertMessage(() -> clip.embedImages(Arrays.asList(images().get(0), null)), "images[1] is null");
        assertMessage(() -> clip.embedImages(List.of(ImageSource.of(Path.of("no/such/image.png")))), "image.png");
        assertMessage(() -> clip.embed(null, null), "both null");
        assertMessage(() -> clip.embed(docs(), images()), "differ in length");
    }

    static void assertMessage(Runnable r, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
    }
}
