package org.bertopic4j.representation;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.Corpus;
import org.bertopic4j.contract.ContextCapture;

/** Fitted states shared by the test classes (each computed once per test JVM). */
final class Fitted {
    private static ContextCapture.Captured fortunes;
    private static ContextCapture.Captured clipart;

    private Fitted() {
    }

    /**
     * The first 15 fortunes of each of 3 categories, fitted with the real MiniLM as embedding backend
     * (small, so that the contract's repeated calls stay fast).
     */
    static synchronized ContextCapture.Captured fortunes() {
        if (fortunes == null) {
            Corpus all = TestData.fortunes();
            List<String> docs = new ArrayList<>();
            List<float[]> embeddings = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            int[] allLabels = all.labels().orElseThrow();
            float[][] allEmbeddings = all.embeddings().orElseThrow();
            List<String> allDocs = all.documents().orElseThrow();
            int[] taken = new int[3];
            for (int i = 0; i < allLabels.length; i++) {
                int t = allLabels[i];
                if (t < 3 && taken[t]++ < 15) {
                    docs.add(allDocs.get(i));
                    embeddings.add(allEmbeddings[i]);
                    labels.add(t);
                }
            }
            Corpus small = Corpus.of(docs).withEmbeddings(embeddings.toArray(float[][]::new))
                    .withLabels(labels.stream().mapToInt(Integer::intValue).toArray());
            fortunes = ContextCapture.fit(TestData.manual().embeddingBackend(TestData.miniLm()), small);
        }
        return fortunes;
    }

    /** The clip-art titles and images, with pixel features as embeddings and categories as topics. */
    static synchronized ContextCapture.Captured clipart() {
        if (clipart == null) {
            TestData.Clipart c = TestData.clipart();
            clipart = ContextCapture.fit(TestData.manual(), Corpus.of(c.titles(), c.images())
                    .withEmbeddings(c.pixelFeatures()).withLabels(c.labels()));
        }
        return clipart;
    }
}
