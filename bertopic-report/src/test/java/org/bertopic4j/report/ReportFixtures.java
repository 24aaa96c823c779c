package org.bertopic4j.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageSource;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.TopicModel;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.io.CsvTable;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.bertopic4j.testing.RecordedClustering;

/**
 * Real test models: the fortunes corpus of core's BERTopic fixtures (documents, their 5-d UMAP
 * embeddings, the topics BERTopic 0.17.4 found, HDBSCAN's soft memberships, and the fortune-file
 * names as gold labels), and 32 public-domain clip-art images with their titles and categories.
 */
final class ReportFixtures {
    /** Documents of the fortunes corpus used in the tests (of 3000). */
    static final int FORTUNES = 1200;
    /** Size of the whole fortunes corpus. */
    static final int ALL = 3000;

    private static TopicModel fortunes;
    private static TopicModel fortunesWithProbabilities;

    private ReportFixtures() {
    }

    static List<String> fortuneDocs() {
        return Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, FORTUNES);
    }

    /** The fortune-file name of each document as an integer label. */
    static int[] fortuneGold() {
        return intLabels(Fixtures.tsvColumn("bertopic/docs.tsv", "label").subList(0, FORTUNES));
    }

    static Corpus fortuneCorpus() {
        return fortuneCorpus(FORTUNES);
    }

    /** The first {@code n} fortunes with their embeddings and BERTopic's topics as labels. */
    static Corpus fortuneCorpus(int n) {
        float[][] emb = Arrays.copyOf(Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix(), n);
        List<String> docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, n);
        return Corpus.of(docs).withEmbeddings(emb).withLabels(fortuneTopics(n));
    }

    static int[] fortuneTopics(int n) {
        return Arrays.copyOf(Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray(), n);
    }

    /** BERTopic's topics as given labels (manual topic modelling). */
    static synchronized TopicModel fortunes() {
        if (fortunes == null) {
            fortunes = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build()
                    .fit(fortuneCorpus());
        }
        return fortunes;
    }

    /**
     * All 3000 fortunes with BERTopic's topics and HDBSCAN's recorded soft memberships as the
     * probability matrix (the whole corpus, so the size order of the topics is the recorded one).
     */
    static synchronized TopicModel fortunesWithProbabilities() {
        if (fortunesWithProbabilities == null) {
            fortunesWithProbabilities = BERTopic.builder().reducer(new IdentityReducer())
                    .clusterer(new RecordedHdbscan()).calculateProbabilities(true).build().fit(fortuneCorpus(ALL));
        }
        return fortunesWithProbabilities;
    }

    static double[][] fortuneProbabilities() {
        return Fixtures.npy("bertopic/ngram_1_1/probabilities.npy").toDoubleMatrix();
    }

    /** The clip-art corpus: titles, images, 8x8 grey-thumbnail embeddings, categories as labels. */
    static Corpus clipart() {
        Path csv = resource("/openclipart/data.csv");
        Corpus base = Corpus.fromCsv(csv, "text", "image_path");
        float[][] emb = base.images().orElseThrow().stream().map(ReportFixtures::greyThumbnail)
                .toArray(float[][]::new);
        return base.withEmbeddings(emb).withLabels(intLabels(clipartCategories()));
    }

    static List<String> clipartCategories() {
        try {
            return CsvTable.parse(Files.readString(resource("/openclipart/data.csv"), StandardCharsets.UTF_8))
                    .column("category");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A clip-art model with three aspects: the top c-TF-IDF words, the topic's majority category as a
     * label, and a 2x2 collage of its first images as a picture.
     */
    static TopicModel clipartModel(Corpus corpus, List<String> categories) {
        RepresentationModel keywords = (ctx, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.forEach((t, words) -> out.put(t, new Representation.Words(words.subList(0, Math.min(5,
                    words.size())))));
            return out;
        };
        RepresentationModel category = (ctx, topics) -> {
            int[] assigned = ctx.topics();
            Map<Integer, Representation> out = new LinkedHashMap<>();
            for (int t : topics.keySet()) {
                Map<String, Integer> counts = new HashMap<>();
                for (int i = 0; i < assigned.length; i++) {
                    if (assigned[i] == t) {
                        counts.merge(categories.get(i), 1, Integer::sum);
                    }
                }
                String best = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
                out.put(t, new Representation.Label(best));
            }
            return out;
        };
        RepresentationModel collage = (ctx, topics) -> {
            int[] assigned = ctx.topics();
            List<ImageSource> images = ctx.images().orElseThrow();
            Map<Integer, Representation> out = new LinkedHashMap<>();
            for (int t : topics.keySet()) {
                BufferedImage tile = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = tile.createGraphics();
                int placed = 0;
                for (int i = 0; i < assigned.length && placed < 4; i++) {
                    if (assigned[i] == t) {
                        g.drawImage(images.get(i).read(), (placed % 2) * 64, (placed / 2) * 64, 64, 64, null);
                        placed++;
                    }
                }
                g.dispose();
                out.put(t, new Representation.Picture(tile));
            }
            return out;
        };
        return BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .aspect("Keywords", keywords).aspect("Category", category).aspect("Collage", collage).build()
                .fit(corpus);
    }

    static int[] intLabels(List<String> names) {
        Map<String, Integer> ids = new HashMap<>();
        return names.stream().mapToInt(n -> ids.computeIfAbsent(n, k -> ids.size())).toArray();
    }

    static Path resource(String name) {
        try {
            return Path.of(ReportFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An image's 8x8 grey thumbnail, the pixel intensities in [0, 1] as a 64-d embedding. */
    private static float[] greyThumbnail(ImageSource source) {
        BufferedImage small = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.drawImage(source.read(), 0, 0, 8, 8, null);
        g.dispose();
        float[] out = new float[64];
        for (int i = 0; i < 64; i++) {
            out[i] = (small.getRaster().getSample(i % 8, i / 8, 0)) / 255f;
        }
        return out;
    }

    /**
     * Replays a recorded HDBSCAN run of BERTopic 0.17.4 (its topics and soft-membership vectors) as a
     * clustering, so the model gets a real probability matrix without running HDBSCAN.
     */
    private static final class RecordedHdbscan implements Clusterer {
        @Override
        public Clustering fit(double[][] points, int[] labels) {
            int[] topics = fortuneTopics(ALL);
            double[][] membership = fortuneProbabilities();
            double[] strengths = new double[topics.length];
            for (int i = 0; i < strengths.length; i++) {
                strengths[i] = topics[i] < 0 ? 0 : Arrays.stream(membership[i]).max().orElse(0);
            }
            return new RecordedClustering(topics, strengths, membership);
        }
    }

    /** Average-linkage merges (SciPy convention) of the rows' cosine distances, for hierarchy tests. */
    static List<TopicHierarchy.Merge> averageLinkage(double[][] rows) {
        int n = rows.length;
        double[][] sim = Projection.cosineSimilarity(rows);
        List<List<Integer>> members = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            ids.add(i);
        }
        List<TopicHierarchy.Merge> merges = new ArrayList<>();
        while (members.size() > 1) {
            int ba = 0;
            int bb = 1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    double d = 0;
                    for (int i : members.get(a)) {
                        for (int j : members.get(b)) {
                            d += 1 - sim[i][j];
                        }
                    }
                    d /= members.get(a).size() * members.get(b).size();
                    if (d < best) {
                        best = d;
                        ba = a;
                        bb = b;
                    }
                }
            }
            merges.add(new TopicHierarchy.Merge(ids.get(ba), ids.get(bb), Math.max(best, 0)));
            members.get(ba).addAll(members.remove(bb));
            ids.remove(bb);
            ids.set(ba, n + merges.size() - 1);
        }
        return merges;
    }
}
