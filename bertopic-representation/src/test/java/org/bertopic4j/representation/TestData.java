package org.bertopic4j.representation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.bertopic4j.io.CsvTable;
import org.bertopic4j.reduce.IdentityReducer;

/**
 * The real data of these tests: 240 fortunes of 6 topical categories embedded with the real
 * all-MiniLM-L6-v2, and 24 openclipart images of 4 categories. Topics are the given categories
 * (manual topic modelling: identity reducer, given-labels clusterer).
 */
final class TestData {
    private static SentenceEmbedder miniLm;
    private static Corpus fortunes;

    private TestData() {
    }

    /** The shared all-MiniLM-L6-v2 embedder (loaded once per test JVM). */
    static synchronized SentenceEmbedder miniLm() {
        if (miniLm == null) {
            miniLm = SentenceEmbedder.allMiniLmL6V2();
        }
        return miniLm;
    }

    /** Manual topic modelling: the corpus labels are the topics. */
    static BERTopic.Builder manual() {
        return BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer());
    }

    /** The fortunes with MiniLM embeddings and category labels. */
    static synchronized Corpus fortunes() {
        if (fortunes == null) {
            List<String> lines = lines("/fortunes/topical.tsv");
            List<String> docs = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", 2);
                categories.add(parts[0]);
                docs.add(parts[1]);
            }
            fortunes = Corpus.of(docs).withEmbeddings(miniLm().embedDocuments(docs)).withLabels(labels(categories));
        }
        return fortunes;
    }

    /** The openclipart images with their titles and categories. */
    static Clipart clipart() {
        Path csv = resource("/openclipart/data.csv");
        CsvTable table;
        try {
            table = CsvTable.parse(java.nio.file.Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImageSource> images = table.column("image_path").stream()
                .map(p -> ImageSource.of(csv.getParent().resolve(p))).toList();
        return new Clipart(table.column("text"), images, table.column("category"),
                labels(table.column("category")));
    }

    /**
     * The clip-art corpus.
     *
     * @param titles the title of each image
     * @param images the images
     * @param categories the category of each image
     * @param labels the category as a label (first seen = 0)
     */
    record Clipart(List<String> titles, List<ImageSource> images, List<String> categories, int[] labels) {
        /** A simple real image descriptor: the image scaled to 8 x 8, RGB in [0, 1] (192 values). */
        float[][] pixelFeatures() {
            float[][] out = new float[images.size()][];
            for (int i = 0; i < images.size(); i++) {
                BufferedImage small = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = small.createGraphics();
                g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(images.get(i).read(), 0, 0, 8, 8, null);
                g.dispose();
                float[] v = new float[192];
                for (int p = 0; p < 64; p++) {
                    int rgb = small.getRGB(p % 8, p / 8);
                    v[3 * p] = ((rgb >> 16) & 255) / 255f;
                    v[3 * p + 1] = ((rgb >> 8) & 255) / 255f;
                    v[3 * p + 2] = (rgb & 255) / 255f;
                }
                out[i] = v;
            }
            return out;
        }
    }

    /**
     * A test double for the captioner interface: "a drawing of {category}" from the file name
     * ({@code animals-004.jpg} -> "a drawing of animals"), counting the images it captions.
     */
    static final class CategoryCaptioner implements ImageCaptioner {
        final java.util.concurrent.atomic.AtomicInteger captioned = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public List<String> caption(List<ImageSource> images) {
            captioned.addAndGet(images.size());
            return images.stream().map(i -> {
                String file = i.path().orElseThrow().getFileName().toString();
                return "a drawing of " + file.substring(0, file.lastIndexOf('-')).replace('-', ' ');
            }).toList();
        }
    }

    static int[] labels(List<String> categories) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        return categories.stream().mapToInt(c -> ids.computeIfAbsent(c, k -> ids.size())).toArray();
    }

    static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String name) {
        try (InputStream in = TestData.class.getResourceAsStream(name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
