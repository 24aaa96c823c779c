package org.bertopic4j.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.Matrices;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A self-contained HTML report of a fitted topic model: one page with no network access at all
 * (inline CSS, no scripts, images inlined as base64 JPEG thumbnails, charts as inline SVG, and a
 * Content-Security-Policy that forbids anything else). It holds the topic-info table with every
 * aspect (pictures shown as images), the word-score bars, the intertopic distance map, the topic
 * similarity heatmap, the documents map, the hierarchy dendrogram when one is given, the evaluation
 * measures, and per topic a 3x3 tile of its top images and its representative documents. All text is
 * escaped with the OWASP Java Encoder. Immutable; {@link #render()} and {@link #write(Path)} may be
 * called any number of times.
 *
 * <pre>{@code
 * TopicModel model = BERTopic.defaults().fit(corpus);
 * HtmlReport.of(model, corpus).write(Path.of("topics.html"));
 * HtmlReport.builder(model, corpus).title("Clip art").goldLabels(categories).build().write(out);
 * }</pre>
 */
public final class HtmlReport {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);
    private final TopicModel model;
    private final Corpus corpus;
    private final String title;
    private final int[] goldLabels;
    private final TopicHierarchy hierarchy;
    private final int barchartTopics;
    private final int barchartWords;
    private final int heatmapTopics;
    private final int maxMapDocuments;
    private final long seed;
    private final int thumbnailSize;
    private final boolean evaluation;

    private HtmlReport(Builder b) {
        this.model = b.model;
        this.corpus = b.corpus;
        this.title = b.title;
        this.goldLabels = b.goldLabels;
        this.hierarchy = b.hierarchy;
        this.barchartTopics = b.barchartTopics;
        this.barchartWords = b.barchartWords;
        this.heatmapTopics = b.heatmapTopics;
        this.maxMapDocuments = b.maxMapDocuments;
        this.seed = b.seed;
        this.thumbnailSize = b.thumbnailSize;
        this.evaluation = b.evaluation;
    }

    /**
     * A report with the default settings.
     *
     * @param model the fitted model
     * @param corpus the corpus the model was fitted on (its images and embeddings are shown)
     * @throws IllegalArgumentException when the corpus's size differs from the model's
     */
    public static HtmlReport of(TopicModel model, Corpus corpus) {
        return builder(model, corpus).build();
    }

    /** A report with the default settings on the corpus the model was fitted on ({@link TopicModel#corpus()}). */
    public static HtmlReport of(TopicModel model) {
        Objects.requireNonNull(model, "model");
        return of(model, model.corpus());
    }

    /**
     * A builder for a report on {@code model} and the corpus it was fitted on.
     *
     * @throws IllegalArgumentException when the corpus's size differs from the model's
     */
    public static Builder builder(TopicModel model, Corpus corpus) {
        return new Builder(model, corpus);
    }

    /** The whole page as a string. */
    public String render() {
        TopicVectors vectors = TopicVectors.of(model);
        TopicSections topics = new TopicSections(model, corpus.images().orElse(null), thumbnailSize);
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                        + " style-src 'unsafe-inline'\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(Encode.forHtml(title)).append("</title><style>").append(PageStyle.CSS)
                .append("</style></head><body><h1>").append(Encode.forHtml(title)).append("</h1><p class=\"note\">")
                .append(Encode.forHtml(model.toString())).append("</p>");
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("topics", new Section("Topics", topics.table()));
        sections.put("barchart", new Section("Topic word scores",
            BarChart.render(model, barchartTopics, barchartWords)));
        sections.put("topic-map", new Section("Intertopic distance map (classical MDS of cosine distances between "
                + vectors.source() + ")", TopicMap.render(model, vectors)));
        TopicVectors largest = vectors.largest(model, heatmapTopics);
        sections.put("heatmap", new Section("Similarity matrix (cosine of " + vectors.source()
                + (largest.topics().size() < vectors.topics().size() ? ", the " + heatmapTopics + " largest topics"
                : "") + ")", Heatmap.render(model, largest)));
        sections.put("documents", new Section("Documents (PCA of normalised embeddings; corpora over "
                + maxMapDocuments + " documents are sampled)",
            DocumentMap.render(model, documentVectors(), documents(), maxMapDocuments, seed)));
        if (hierarchy != null) {
            sections.put("hierarchy", new Section("Hierarchical clustering", Dendrogram.render(hierarchy)));
        }
        if (evaluation) {
            Map<String, Double> measures = Evaluation.measures(model, goldLabels);
            sections.put("evaluation", new Section("Evaluation",
                measures.isEmpty() ? "" : Evaluation.render(measures)));
        }
        sections.put("per-topic", new Section("Topics in detail", topics.sections()));
        sections.values().removeIf(v -> v.body().isEmpty());
        sb.append("<nav>");
        sections.forEach((id, v) -> sb.append("<a href=\"#").append(id).append("\">")
                .append(Encode.forHtml(v.heading().replaceAll(" \\(.*", ""))).append("</a> "));
        sb.append("</nav>");
        sections.forEach((id, v) -> sb.append("<section id=\"").append(id).append("\"><h2>")
                .append(Encode.forHtml(v.heading())).append("</h2>").append(v.body()).append("</section>"));
        return sb.append("</body></html>\n").toString();
    }

    /**
     * Writes the page atomically: to a temporary file next to {@code file}, then moved over it, so a
     * reader never sees half a page. Parent directories are created.
     *
     * @return {@code file}
     * @throws IllegalArgumentException when {@code file} is a directory
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path write(Path file) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("file " + file + " is a directory: give the path of the HTML file");
        }
        String html = render();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(tmp, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
        LOG.info("report: wrote {} ({} characters)", target, html.length());
        return file;
    }

    /** A titled part of the page; left out when its body is empty. */
    private record Section(String heading, String body) {
    }

    private double[][] documentVectors() {
        return corpus.embeddings().map(Matrices::toDouble).orElseGet(() -> model.reduction().embedding());
    }

    private List<String> documents() {
        return corpus.documents().orElse(null);
    }

    /** Settings of a report; each setter validates its argument. */
    public static final class Builder {
        private final TopicModel model;
        private final Corpus corpus;
        private String title = "Topic report";
        private int[] goldLabels;
        private TopicHierarchy hierarchy;
        private int barchartTopics = 8;
        private int barchartWords = 5;
        private int heatmapTopics = 100;
        private int maxMapDocuments = 3000;
        private long seed = 42;
        private int thumbnailSize = 128;
        private boolean evaluation = true;

        private Builder(TopicModel model, Corpus corpus) {
            this.model = Objects.requireNonNull(model, "model");
            this.corpus = Objects.requireNonNull(corpus, "corpus");
            int n = model.topics().length;
            if (corpus.size() != n) {
                throw new IllegalArgumentException("corpus has " + corpus.size() + " rows but the model was fitted on "
                        + n + " documents; pass the corpus the model was fitted on");
            }
        }

        /** The page title (default "Topic report"). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Gold labels, one per document, for ARI and NMI in the evaluation block. */
        public Builder goldLabels(int[] labels) {
            Objects.requireNonNull(labels, "labels");
            if (labels.length != corpus.size()) {
                throw new IllegalArgumentException("goldLabels has " + labels.length + " entries but the corpus has "
                        + corpus.size() + " rows; give one label per document");
            }
            this.goldLabels = labels.clone();
            return this;
        }

        /**
         * A topic hierarchy over the model's topics (outliers excluded): leaf {@code i} is topic {@code i},
         * as in BERTopic's {@code hierarchical_topics}; leaves are labelled {@code "{id}_w1_w2_w3"}.
         *
         * @throws IllegalArgumentException when the merges do not form one tree over the topics
         */
        public Builder hierarchy(List<TopicHierarchy.Merge> merges) {
            Objects.requireNonNull(merges, "merges");
            List<String> labels = TopicLabels.withoutOutliers(model).stream()
                    .map(t -> TopicLabels.shortName(model, t)).toList();
            return hierarchy(new TopicHierarchy(labels, merges));
        }

        /** A hierarchy with its own leaf labels (any tree, not only one over this model's topics). */
        public Builder hierarchy(TopicHierarchy hierarchy) {
            this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
            return this;
        }

        /** Topics in the word-score bars, the largest ones (BERTopic's {@code top_n_topics}, default 8). */
        public Builder barchartTopics(int topics) {
            this.barchartTopics = Arguments.atLeast("barchartTopics", topics, 1);
            return this;
        }

        /** Words per topic in the word-score bars (BERTopic's {@code n_words}, default 5). */
        public Builder barchartWords(int words) {
            this.barchartWords = Arguments.atLeast("barchartWords", words, 1);
            return this;
        }

        /**
         * Topics in the similarity heatmap, the largest ones (BERTopic's {@code top_n_topics}; default 100,
         * which keeps the page small: the heatmap has one cell per pair).
         */
        public Builder heatmapTopics(int topics) {
            this.heatmapTopics = Arguments.atLeast("heatmapTopics", topics, 2);
            return this;
        }

        /** Documents drawn in the documents map before sampling starts (default 3000). */
        public Builder maxMapDocuments(int documents) {
            this.maxMapDocuments = Arguments.atLeast("maxMapDocuments", documents, 1);
            return this;
        }

        /** Seed of the documents-map sampling (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Longest side in pixels of the tile thumbnails, 16 to 512 (default 128); table pictures get twice it. */
        public Builder thumbnailSize(int pixels) {
            if (pixels < 16 || pixels > 512) {
                throw new IllegalArgumentException("thumbnailSize must be in [16, 512], got " + pixels);
            }
            this.thumbnailSize = pixels;
            return this;
        }

        /** Whether to compute and show the evaluation block (default true). */
        public Builder evaluation(boolean on) {
            this.evaluation = on;
            return this;
        }

        /** The report. */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
