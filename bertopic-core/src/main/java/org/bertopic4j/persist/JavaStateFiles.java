package org.bertopic4j.persist;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bertopic4j.Clustering;
import org.bertopic4j.Reduction;
import org.bertopic4j.Representation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java extension of the directory format, ignored by Python: {@code bertopic4j.json} (format version,
 * settings BERTopic's {@code config.json} has no key for, documents, aspect kinds, the kind and parameters of
 * each saved stage, and the SHA-256 of BERTopic's {@code topics.json} and {@code topic_embeddings.safetensors})
 * and {@code bertopic4j_state.safetensors} (topic embeddings in double precision, strengths, probability matrix,
 * representative rows, and each {@link PersistableStage}'s arrays under {@code reduction/} and
 * {@code clustering/}). When BERTopic's files no longer match their recorded digests (Python saved into the same
 * directory, which it does in place), the extension is stale and ignored with a warning.
 */
final class JavaStateFiles {
    static final int FORMAT = 1;
    private static final Logger LOG = LoggerFactory.getLogger(JavaStateFiles.class);
    private static final String REDUCTION = "reduction";
    private static final String CLUSTERING = "clustering";
    /** BERTopic's files the extension belongs to: if Python re-saves into the directory, the extension is stale. */
    private static final List<String> FINGERPRINTED = List.of(ModelFiles.TOPICS, ModelFiles.EMBEDDINGS);

    private JavaStateFiles() {
    }

    /** The extension as read: the state, and the topic embeddings in double precision. */
    record Read(SavedModel.JavaState state, double[][] topicEmbeddings) {
    }

    /** Writes the extension; BERTopic's files must already be in {@code dir} (their digests are recorded). */
    static void write(Path dir, SavedModel m, boolean withDocuments) throws IOException {
        SavedModel.JavaState s = m.state();
        SavedModel.Topics topics = m.topics();
        ObjectNode j = Json.MAPPER.createObjectNode();
        j.put("format", FORMAT);
        ObjectNode digests = j.putObject("bertopic_files_sha256");
        for (String f : FINGERPRINTED) {
            digests.put(f, ModelFiles.sha256(dir.resolve(f)));
        }
        if (s.seed() == null) {
            j.putNull("seed");
        } else {
            j.put("seed", s.seed());
        }
        j.put("english_cleaning", s.englishCleaning());
        j.put("representative_docs", s.representativeDocs());
        boolean documents = withDocuments && s.documents() != null;
        if (documents) {
            ArrayNode d = j.putArray("documents");
            s.documents().forEach(d::add);
        } else {
            j.putNull("documents");
        }
        ObjectNode kinds = j.putObject("aspects");
        topics.aspects().forEach((name, values) -> kinds.put(name, kind(values)));
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("topic_embeddings", Tensor.f64(m.topicEmbeddings()));
        if (s.strengths() != null) {
            tensors.put("strengths", Tensor.f64(s.strengths()));
        }
        if (s.probabilityMatrix() != null) {
            tensors.put("probability_matrix", Tensor.f64(s.probabilityMatrix()));
        }
        representativeRows(s, topics, documents, tensors);
        stage(j, tensors, REDUCTION, s.reduction());
        stage(j, tensors, CLUSTERING, s.clustering());
        Json.write(dir.resolve(ModelFiles.STATE_JSON), j);
        Safetensors.write(dir.resolve(ModelFiles.STATE_TENSORS), tensors);
    }

    private static String kind(Map<Integer, Representation> values) {
        if (TopicsJson.isPictures(values)) {
            return "picture";
        }
        return values.values().stream().allMatch(r -> r instanceof Representation.Label) && !values.isEmpty() ? "label" : "words";
    }

    private static void representativeRows(SavedModel.JavaState s, SavedModel.Topics topics, boolean documents,
                                           Map<String, Tensor> tensors) {
        List<Integer> ids = new ArrayList<>(topics.representations().keySet());
        int[] offsets = new int[ids.size() + 1];
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (documents) {
                rows.addAll(s.representativeRows().getOrDefault(ids.get(i), List.of()));
            }
            offsets[i + 1] = rows.size();
        }
        tensors.put("representative_offsets", Tensor.i32(offsets));
        tensors.put("representative_rows", Tensor.i32(rows.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static void stage(ObjectNode j, Map<String, Tensor> tensors, String role, Object stage) {
        if (!(stage instanceof PersistableStage p)) {
            LOG.warn("the fitted {} {} cannot be saved (it does not implement PersistableStage); the loaded model will "
                    + "transform by topic-embedding similarity", role, stage);
            j.putNull(role);
            return;
        }
        ObjectNode node = j.putObject(role);
        node.put("kind", StageLoaders.requireKind(p.kind()));
        node.set("params", Json.MAPPER.valueToTree(PlainValues.require(p.params(), role + " params")));
        p.tensors().forEach((name, t) -> tensors.put(role + "/" + name, t));
    }

    /**
     * The extension of {@code dir}, or null when {@code bertopic4j.json} is absent; picture and label aspects
     * of {@code aspects} are restored in place.
     */
    static Read read(Path dir, int[] topics, List<Integer> topicIds,
                                     Map<String, Map<Integer, Representation>> aspects) throws IOException {
        Path json = dir.resolve(ModelFiles.STATE_JSON);
        if (!Files.isRegularFile(json)) {
            return null;
        }
        String f = ModelFiles.STATE_JSON;
        JsonNode j = Json.readObject(json);
        int format = Fields.integer(j, "format", f);
        if (format != FORMAT) {
            throw new IllegalArgumentException(f + ": format " + format + " is not supported (this version reads " + FORMAT + ")");
        }
        JsonNode digests = Fields.object(j, "bertopic_files_sha256", f);
        for (String file : FINGERPRINTED) {
            if (!ModelFiles.sha256(dir.resolve(file)).equals(digests.path(file).asText())) {
                LOG.warn("{} was written for another {} (the directory was saved again, e.g. by Python); ignoring the Java "
                        + "extension: the model loads as BERTopic saved it", f, file);
                return null;
            }
        }
        Path tensorFile = dir.resolve(ModelFiles.STATE_TENSORS);
        if (!Files.isRegularFile(tensorFile)) {
            throw new IllegalArgumentException(ModelFiles.STATE_TENSORS + " is missing from " + dir + " although " + f + " exists");
        }
        Map<String, Tensor> t = Safetensors.read(tensorFile);
        String tf = ModelFiles.STATE_TENSORS;
        List<String> documents = documents(j.get("documents"), topics.length, f);
        double[] strengths = t.containsKey("strengths") ? t.get("strengths").toDoubleArray() : null;
        if (strengths != null && strengths.length != topics.length) {
            throw new IllegalArgumentException(tf + ": strengths has " + strengths.length + " values for " + topics.length + " documents");
        }
        double[][] matrix = null;
        if (t.containsKey("probability_matrix")) {
            matrix = t.get("probability_matrix").toDoubleMatrix();
            if (matrix.length != topics.length) {
                throw new IllegalArgumentException(tf + ": probability_matrix has " + matrix.length + " rows for "
                        + topics.length + " documents");
            }
        }
        Map<Integer, List<Integer>> representative = representativeRows(t, topicIds, documents == null ? 0 : topics.length);
        restoreAspects(j.get("aspects"), aspects);
        JsonNode seed = j.get("seed");
        String reductionKind = kindOf(j, REDUCTION);
        String clusteringKind = kindOf(j, CLUSTERING);
        Reduction reduction = reductionKind == null ? null : loaded(REDUCTION, reductionKind,
                () -> StageLoaders.reduction(reductionKind, stageTensors(t, REDUCTION), params(j, REDUCTION)));
        Clustering clustering = clusteringKind == null ? null : loaded(CLUSTERING, clusteringKind,
                () -> StageLoaders.clustering(clusteringKind, stageTensors(t, CLUSTERING), params(j, CLUSTERING)));
        SavedModel.JavaState state = new SavedModel.JavaState(documents, strengths, matrix, representative,
                seed == null || seed.isNull() ? null : seed.asLong(), Fields.bool(j, "english_cleaning", f),
                Fields.integer(j, "representative_docs", f), reduction, clustering);
        Tensor exact = require(t, "topic_embeddings", tf);
        if (exact.shape().length != 2 || exact.shape()[0] != topicIds.size()) {
            throw new IllegalArgumentException(tf + ": topic_embeddings must have one row per topic (" + topicIds.size()
                    + "), got " + exact);
        }
        if (reduction != null && reduction.inputDimension() != exact.shape()[1]) {
            throw new IllegalArgumentException(tf + ": the saved reduction takes " + reduction.inputDimension()
                    + "-d embeddings but the topic embeddings are " + exact.shape()[1] + "-d");
        }
        if (clustering != null && clustering.labels().length != topics.length) {
            throw new IllegalArgumentException(tf + ": the saved clustering has " + clustering.labels().length
                    + " labels for " + topics.length + " documents");
        }
        return new Read(state, exact.toDoubleMatrix());
    }

    private static <T> T loaded(String role, String kind, java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(ModelFiles.STATE_TENSORS + ": the saved " + role + " '" + kind
                    + "' cannot be rebuilt: " + e.getMessage(), e);
        }
    }

    private static List<String> documents(JsonNode node, int n, String f) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() != n) {
            throw new IllegalArgumentException(f + ": documents must be null or a list of " + n + " strings (one per entry of "
                    + "topics.json's topics), got " + (node.isArray() ? node.size() + " entries" : node.getNodeType()));
        }
        List<String> out = new ArrayList<>(n);
        node.forEach(d -> out.add(d.asText()));
        return out;
    }

    private static Map<Integer, List<Integer>> representativeRows(Map<String, Tensor> t, List<Integer> ids, int n) {
        String tf = ModelFiles.STATE_TENSORS;
        int[] offsets = require(t, "representative_offsets", tf).toIntArray();
        int[] rows = require(t, "representative_rows", tf).toIntArray();
        if (offsets.length != ids.size() + 1 || offsets[0] != 0 || offsets[ids.size()] != rows.length) {
            throw new IllegalArgumentException(tf + ": representative_offsets must have one entry per topic plus one, from 0 to "
                    + rows.length);
        }
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (offsets[i + 1] < offsets[i]) {
                throw new IllegalArgumentException(tf + ": representative_offsets decrease at " + i);
            }
            List<Integer> r = new ArrayList<>();
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (rows[k] < 0 || rows[k] >= n) {
                    throw new IllegalArgumentException(tf + ": representative row " + rows[k] + " is outside the " + n
                            + " saved documents");
                }
                r.add(rows[k]);
            }
            out.put(ids.get(i), List.copyOf(r));
        }
        return out;
    }

    private static void restoreAspects(JsonNode kinds, Map<String, Map<Integer, Representation>> aspects) {
        if (kinds == null || !kinds.isObject()) {
            return;
        }
        kinds.properties().forEach(e -> {
            String kind = e.getValue().asText();
            if (kind.equals("picture") && aspects.containsKey(TopicsJson.VISUAL_ASPECT)) {
                aspects.put(e.getKey(), aspects.remove(TopicsJson.VISUAL_ASPECT));
            } else if (kind.equals("label") && aspects.containsKey(e.getKey())) {
                Map<Integer, Representation> labels = new TreeMap<>();
                aspects.get(e.getKey()).forEach((id, r) -> labels.put(id, r instanceof Representation.Words w && !w.words().isEmpty()
                        ? new Representation.Label(w.words().get(0).word()) : r));
                aspects.put(e.getKey(), labels);
            }
        });
    }

    private static Tensor require(Map<String, Tensor> t, String name, String f) {
        Tensor x = t.get(name);
        if (x == null) {
            throw new IllegalArgumentException(f + ": missing tensor '" + name + "'");
        }
        return x;
    }

    private static Map<String, Tensor> stageTensors(Map<String, Tensor> t, String role) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        t.forEach((name, x) -> {
            if (name.startsWith(role + "/")) {
                out.put(name.substring(role.length() + 1), x);
            }
        });
        return out;
    }

    private static String kindOf(JsonNode j, String role) {
        JsonNode node = j.get(role);
        return node == null || node.isNull() ? null : StageLoaders.requireKind(Fields.require(node, "kind", ModelFiles.STATE_JSON).asText());
    }

    private static Map<String, Object> params(JsonNode j, String role) {
        JsonNode node = j.get(role);
        JsonNode p = node == null ? null : node.get("params");
        if (p == null || !p.isObject()) {
            return Map.of();
        }
        return Json.MAPPER.convertValue(p, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
