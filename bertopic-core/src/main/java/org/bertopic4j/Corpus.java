package org.bertopic4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bertopic4j.io.CsvTable;
import org.bertopic4j.matrix.Matrices;

/**
 * The input of a topic model: aligned documents, images and precomputed embeddings (any of which may
 * be absent, but not all), plus optional labels for supervised modelling. Validated once, when built:
 * every given column has the same length, documents are non-null, embeddings are finite and
 * rectangular. Immutable; the {@code with...} methods return new corpora.
 *
 * <pre>{@code
 * Corpus text = Corpus.of(List.of("first post", "second post"));
 * Corpus both = Corpus.of(texts, images).withEmbeddings(precomputed);
 * Corpus fromFile = Corpus.fromCsv(Path.of("posts.csv"), "text", "image_path");
 * }</pre>
 */
public final class Corpus {
    private final List<String> documents;
    private final List<ImageSource> images;
    private final float[][] embeddings;
    private final int[] labels;
    private final int size;

    private Corpus(List<String> documents, List<ImageSource> images, float[][] embeddings, int[] labels) {
        this.documents = documents;
        this.images = images;
        this.embeddings = embeddings;
        this.labels = labels;
        this.size = validate();
    }

    /** A text corpus. */
    public static Corpus of(List<String> documents) {
        return new Corpus(copyDocuments(documents), null, null, null);
    }

    /** A multimodal corpus: one image per document. */
    public static Corpus of(List<String> documents, List<ImageSource> images) {
        return new Corpus(copyDocuments(documents), copyImages(images), null, null);
    }

    /** An image-only corpus. */
    public static Corpus ofImages(List<ImageSource> images) {
        return new Corpus(null, copyImages(images), null, null);
    }

    /** An image-only corpus from image files. */
    public static Corpus ofImagePaths(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        return ofImages(paths.stream().map(ImageSource::of).toList());
    }

    /** A corpus of precomputed embeddings only (no text: c-TF-IDF needs documents, so topics get no words). */
    public static Corpus ofEmbeddings(float[][] embeddings) {
        return new Corpus(null, null, copyEmbeddings(embeddings), null);
    }

    /**
     * Reads a CSV file (RFC 4180: comma-separated, double-quoted fields, header row). Image paths
     * are resolved against the CSV file's directory.
     *
     * @param textColumn the column holding the text, or {@code null} for an image-only corpus
     * @param imageColumn the column holding image paths, or {@code null} for a text-only corpus
     * @throws IllegalArgumentException when a named column is missing or the file has no rows
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Corpus fromCsv(Path csv, String textColumn, String imageColumn) {
        Objects.requireNonNull(csv, "csv");
        if (textColumn == null && imageColumn == null) {
            throw new IllegalArgumentException("textColumn and imageColumn are both null: name at least one column");
        }
        CsvTable table;
        try {
            table = CsvTable.parse(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV " + csv + ": " + e.getMessage(), e);
        }
        List<String> docs = textColumn == null ? null : table.column(textColumn);
        List<ImageSource> imgs = null;
        if (imageColumn != null) {
            Path base = csv.toAbsolutePath().getParent();
            imgs = table.column(imageColumn).stream().map(p -> ImageSource.of(base.resolve(p).normalize())).toList();
        }
        return new Corpus(docs == null ? null : List.copyOf(docs), imgs, null, null);
    }

    /** This corpus with precomputed embeddings (one row per document/image; copied). */
    public Corpus withEmbeddings(float[][] embeddings) {
        return new Corpus(documents, images, copyEmbeddings(embeddings), labels);
    }

    /** This corpus with images (one per row). */
    public Corpus withImages(List<ImageSource> images) {
        return new Corpus(documents, copyImages(images), embeddings, labels);
    }

    /**
     * This corpus with labels for supervised, semi-supervised ({@code -1} = unlabelled) or manual topic
     * modelling; they are passed to the reducer and clusterer as BERTopic's {@code y}.
     */
    public Corpus withLabels(int[] labels) {
        Objects.requireNonNull(labels, "labels");
        return new Corpus(documents, images, embeddings, labels.clone());
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** The documents, if the corpus has text. */
    public Optional<List<String>> documents() {
        return Optional.ofNullable(documents);
    }

    /** The images, if the corpus has images. */
    public Optional<List<ImageSource>> images() {
        return Optional.ofNullable(images);
    }

    /** Whether precomputed embeddings were given. */
    public boolean hasEmbeddings() {
        return embeddings != null;
    }

    /** A copy of the precomputed embeddings, if given. */
    public Optional<float[][]> embeddings() {
        return Optional.ofNullable(embeddings).map(Matrices::copy);
    }

    /** The precomputed embeddings without copying, for the library's own read-only use. */
    float[][] embeddingsUnsafe() {
        return embeddings;
    }

    /** A copy of the labels, if given. */
    public Optional<int[]> labels() {
        return Optional.ofNullable(labels).map(int[]::clone);
    }

    private int validate() {
        if (documents == null && images == null && embeddings == null) {
            throw new IllegalArgumentException("corpus is empty: give documents, images or embeddings");
        }
        List<Integer> sizes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (documents != null) {
            sizes.add(documents.size());
            names.add("documents");
        }
        if (images != null) {
            sizes.add(images.size());
            names.add("images");
        }
        if (embeddings != null) {
            sizes.add(embeddings.length);
            names.add("embeddings");
        }
        if (labels != null) {
            sizes.add(labels.length);
            names.add("labels");
        }
        int n = sizes.get(0);
        if (Collections.frequency(sizes, n) != sizes.size()) {
            StringBuilder msg = new StringBuilder("corpus columns differ in length:");
            for (int i = 0; i < sizes.size(); i++) {
                msg.append(' ').append(names.get(i)).append('=').append(sizes.get(i));
            }
            throw new IllegalArgumentException(msg.append("; give one entry per row in every column").toString());
        }
        if (n == 0) {
            throw new IllegalArgumentException("corpus has no rows: " + String.join(", ", names)
                    + " empty; give at least one document or image");
        }
        if (embeddings != null) {
            Matrices.requireFinite("embeddings", embeddings);
        }
        return n;
    }

    private static List<String> copyDocuments(List<String> documents) {
        if (documents == null) {
            throw new IllegalArgumentException("documents is null: give a list of strings");
        }
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == null) {
                throw new IllegalArgumentException("documents[" + i + "] is null: use an empty string for a row without text");
            }
        }
        return List.copyOf(documents);
    }

    private static List<ImageSource> copyImages(List<ImageSource> images) {
        if (images == null) {
            throw new IllegalArgumentException("images is null: give a list of images");
        }
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i) == null) {
                throw new IllegalArgumentException("images[" + i + "] is null: give one image per row");
            }
        }
        return List.copyOf(images);
    }

    private static float[][] copyEmbeddings(float[][] embeddings) {
        Matrices.requireFinite("embeddings", embeddings);
        return Matrices.copy(embeddings);
    }

    @Override
    public String toString() {
        return "Corpus[" + size + " rows" + (documents != null ? ", documents" : "") + (images != null ? ", images" : "")
                + (embeddings != null ? ", embeddings " + embeddings[0].length + "-d" : "")
                + (labels != null ? ", labels " + Arrays.stream(labels).distinct().count() + " distinct" : "") + "]";
    }
}
