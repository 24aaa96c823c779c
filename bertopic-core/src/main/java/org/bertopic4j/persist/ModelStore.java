package org.bertopic4j.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.Representation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes a model directory in BERTopic 0.17.4's safetensors format (SPEC §2.26), plus the optional
 * Java extension. Writing is atomic: everything goes to a temporary sibling directory that is renamed into
 * place only when complete, so a failed save leaves no half-written directory (and an earlier model at the
 * same path intact). {@code TopicModel.save} and {@code TopicModel.load} are the usual entry points.
 */
public final class ModelStore {
    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);

    private ModelStore() {
    }

    /**
     * Writes {@code model} to the directory {@code dir}, replacing a model saved there before.
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not a saved model directory (it is never
     *     deleted), or when the model cannot be written in this format
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void write(SavedModel model, Path dir, SaveOptions options) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IllegalArgumentException("dir " + dir + " is a file-system root; give a directory path to create");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !ModelFiles.isModelDirectory(target)) {
            throw new IllegalArgumentException("dir " + target + " exists and is not a saved model directory; give a new path "
                    + "(an existing model directory is replaced, anything else is left alone)");
        }
        Files.createDirectories(target.getParent());
        Path staged = ModelFiles.temporarySibling(target);
        try {
            writeInto(staged, model, options);
            ModelFiles.replace(staged, target);
        } catch (IOException | RuntimeException | Error e) {
            try {
                ModelFiles.deleteRecursively(staged);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void writeInto(Path dir, SavedModel m, SaveOptions o) throws IOException {
        if (m.topicEmbeddings().length != m.topics().representations().size()) {
            throw new IllegalArgumentException("the model has " + m.topicEmbeddings().length + " topic embeddings for "
                    + m.topics().representations().size() + " topics");
        }
        Safetensors.write(dir.resolve(ModelFiles.EMBEDDINGS), Map.of("topic_embeddings", Tensor.f32(toFloat(m.topicEmbeddings()))));
        Json.write(dir.resolve(ModelFiles.TOPICS), TopicsJson.topics(m.topics()));
        List<Map<Integer, Representation>> pictures = new ArrayList<>();
        m.topics().aspects().forEach((name, values) -> {
            if (TopicsJson.isPictures(values)) {
                pictures.add(values);
            }
        });
        if (!pictures.isEmpty()) {
            if (pictures.size() > 1) {
                LOG.warn("the model has {} picture aspects; only the first is saved (images/), as BERTopic does", pictures.size());
            }
            ImagesDir.write(dir, pictures.get(0));
        }
        Json.write(dir.resolve(ModelFiles.CONFIG), TopicsJson.config(m.settings(), o.embeddingModel().orElse(m.settings().embeddingModel())));
        if (o.ctfidf() && m.ctfidf() != null) {
            if (m.ctfidf().vectorizer() == null) {
                LOG.warn("the c-TF-IDF is not saved: its vectorizer is not a CountVectorizer, which BERTopic's "
                        + "ctfidf_config.json needs");
            } else {
                CtfidfFiles.write(dir, m.ctfidf());
            }
        }
        if (o.javaState() && m.state() != null) {
            JavaStateFiles.write(dir, m, o.documents());
        }
    }

    /**
     * Reads a model directory written by Python BERTopic ({@code save(serialization="safetensors")}) or by
     * this library.
     *
     * @throws IllegalArgumentException when a required file is missing or a file is malformed; the message names
     *     the file and the problem
     * @throws IOException when a file cannot be read
     */
    public static SavedModel read(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dir " + dir + " is not a directory: give the folder a model was saved to");
        }
        SavedModel.Settings settings = TopicsJson.settings(Json.readObject(dir.resolve(ModelFiles.CONFIG)));
        SavedModel.Topics topics = TopicsJson.topics(Json.readObject(dir.resolve(ModelFiles.TOPICS)));
        List<Integer> ids = new ArrayList<>(topics.representations().keySet());
        double[][] embeddings = topicEmbeddings(dir, ids.size());
        SavedModel.Ctfidf ctfidf = CtfidfFiles.read(dir, ids.size());
        Map<String, Map<Integer, Representation>> aspects = new LinkedHashMap<>(topics.aspects());
        Map<Integer, Representation> images = ImagesDir.read(dir, topics.representations().keySet());
        if (images != null) {
            aspects.put(TopicsJson.VISUAL_ASPECT, images);
        }
        JavaStateFiles.Read extension = JavaStateFiles.read(dir, topics.topics(), ids, aspects);
        SavedModel.Topics withAspects = new SavedModel.Topics(topics.topics(), topics.representations(), topics.labels(),
                topics.customLabels(), topics.mapper(), aspects);
        return extension == null ? new SavedModel(settings, withAspects, embeddings, ctfidf, null)
                : new SavedModel(settings, withAspects, extension.topicEmbeddings(), ctfidf, extension.state());
    }

    private static double[][] topicEmbeddings(Path dir, int topicCount) throws IOException {
        Path file = dir.resolve(ModelFiles.EMBEDDINGS);
        if (!Files.isRegularFile(file)) {
            String pytorch = Files.exists(dir.resolve(ModelFiles.EMBEDDINGS_PYTORCH))
                    ? " (" + ModelFiles.EMBEDDINGS_PYTORCH + " is a PyTorch pickle, which is not read: re-save the model with "
                    + "serialization=\"safetensors\")" : "";
            throw new IllegalArgumentException(ModelFiles.EMBEDDINGS + " is missing from " + dir + pytorch);
        }
        Tensor t = Safetensors.read(file).get("topic_embeddings");
        if (t == null || t.shape().length != 2 || t.dtype() == Dtype.I32 || t.dtype() == Dtype.I64) {
            throw new IllegalArgumentException(ModelFiles.EMBEDDINGS + ": needs a 2-D float tensor 'topic_embeddings', got " + t);
        }
        if (t.shape()[0] != topicCount) {
            throw new IllegalArgumentException(ModelFiles.EMBEDDINGS + ": " + t.shape()[0] + " rows for the " + topicCount
                    + " topics of topics.json");
        }
        return t.toDoubleMatrix();
    }

    private static float[][] toFloat(double[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new float[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = (float) m[i][j];
            }
        }
        return out;
    }
}
