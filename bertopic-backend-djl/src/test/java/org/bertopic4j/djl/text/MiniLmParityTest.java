package org.bertopic4j.djl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.io.Npy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded all-MiniLM-L6-v2 against reference embeddings of the same ONNX model (see
 * src/test/resources/minilm/README.md): cosine >= 0.9999 for every document.
 */
class MiniLmParityTest {
    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    static List<String> fixtureDocuments() throws IOException {
        try (InputStream in = MiniLmParityTest.class.getResourceAsStream("/minilm/docs.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> docs = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                docs.add(lines[i].split("\t", 3)[2]);
            }
            return docs;
        }
    }

    @Test
    void matchesReferenceEmbeddings() throws IOException {
        List<String> docs = fixtureDocuments();
        float[][] expected;
        try (InputStream in = MiniLmParityTest.class.getResourceAsStream("/minilm/embeddings.npy")) {
            expected = Npy.read(in, "embeddings.npy").toFloatMatrix();
        }
        assertEquals(expected.length, docs.size());
        float[][] actual = embedder.embedDocuments(docs);
        double worst = 1;
        for (int i = 0; i < docs.size(); i++) {
            double cos = cosine(expected[i], actual[i]);
            worst = Math.min(worst, cos);
            assertTrue(cos >= 0.9999, "document " + i + " cosine " + cos + ": " + docs.get(i));
            assertEquals(1.0, Math.sqrt(cosineDot(actual[i], actual[i])), 1e-5, "row " + i + " is L2-normalised");
        }
        System.out.println("MiniLM parity: worst cosine " + worst + " over " + docs.size() + " documents");
    }

    @Test
    void settingsOfTheEmbeddedModel() {
        assertEquals(384, embedder.dimension());
        assertEquals(256, embedder.maxSequenceLength());
        assertEquals(Pooling.MEAN, embedder.pooling());
        assertTrue(embedder.normalizes());
    }

    @Test
    void truncatesAt256TokensNot128() {
        String longText = "word ".repeat(1000);
        long[][] ids = embedder.tokenize(List.of(longText, "short text"));
        assertEquals(256, ids[0].length, "tokenizer.json's own truncation (128) must be overridden");
        assertEquals(4, ids[1].length, "no fixed padding: [CLS] short text [SEP]");
    }

    static double cosine(float[] a, float[] b) {
        return cosineDot(a, b) / Math.sqrt(cosineDot(a, a) * cosineDot(b, b));
    }

    private static double cosineDot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
