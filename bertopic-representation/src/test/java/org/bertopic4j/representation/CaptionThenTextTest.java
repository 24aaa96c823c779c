package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageCaptioner;
import org.junit.jupiter.api.Test;

/** {@link CaptionThenText} on the real clip-art images and titles. */
class CaptionThenTextTest {
    private static final TestData.Clipart CLIPART = TestData.clipart();

    @Test
    void joinsCaptionAndTextKeepingImagesAndLabels() {
        List<String> texts = new ArrayList<>(CLIPART.titles());
        texts.set(1, "");
        Corpus in = Corpus.of(texts, CLIPART.images()).withEmbeddings(CLIPART.pixelFeatures()).withLabels(CLIPART.labels());
        Corpus out = CaptionThenText.apply(in, new TestData.CategoryCaptioner());
        List<String> docs = out.documents().orElseThrow();
        assertEquals("a drawing of animals\n" + texts.get(0), docs.get(0));
        assertEquals("a drawing of animals", docs.get(1));
        assertEquals(CLIPART.images(), out.images().orElseThrow());
        assertArrayEquals(CLIPART.labels(), out.labels().orElseThrow());
        assertFalse(out.hasEmbeddings(), "embeddings of the old documents are dropped");
    }

    @Test
    void captionsAnImageOnlyCorpus() {
        Corpus out = CaptionThenText.apply(Corpus.ofImages(CLIPART.images()), new TestData.CategoryCaptioner());
        assertEquals("a drawing of tools", out.documents().orElseThrow().get(23));
    }

    @Test
    void refusesBadInput() {
        ImageCaptioner captioner = new TestData.CategoryCaptioner();
        assertThrows(IllegalArgumentException.class, () -> CaptionThenText.apply(null, captioner));
        assertThrows(IllegalArgumentException.class, () -> CaptionThenText.apply(Corpus.of(CLIPART.titles()), null));
        String m = assertThrows(IllegalArgumentException.class,
                () -> CaptionThenText.apply(Corpus.of(CLIPART.titles()), captioner)).getMessage();
        assertTrue(m.contains("no images"), m);
        ImageCaptioner broken = images -> List.of("only one");
        assertThrows(IllegalStateException.class, () -> CaptionThenText.apply(Corpus.ofImages(CLIPART.images()), broken));
    }
}
