package org.bertopic4j.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bertopic4j.Representation;
import org.bertopic4j.WordScore;

/**
 * {@code topics.json} and {@code config.json} as BERTopic 0.17.4's {@code save_topics} and
 * {@code save_config} write them and {@code _create_model_from_files} reads them. Text aspects hold
 * {@code [[word, score], ...]} per topic; the first picture aspect becomes {@code "Visual_Aspect": true}
 * (its images are written by {@link ImagesDir}).
 */
final class TopicsJson {
    /** The aspect name BERTopic gives to the saved picture aspect. */
    static final String VISUAL_ASPECT = "Visual_Aspect";

    private TopicsJson() {
    }

    static ObjectNode config(SavedModel.Settings s, String embeddingModel) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("calculate_probabilities", s.calculateProbabilities());
        if (s.language() == null) {
            c.putNull("language");
        } else {
            c.put("language", s.language());
        }
        c.put("low_memory", false);
        c.put("min_topic_size", s.minTopicSize());
        c.putArray("n_gram_range").add(s.ngramMin()).add(s.ngramMax());
        c.putNull("nr_topics");
        c.putNull("seed_topic_list");
        c.put("top_n_words", s.topN());
        c.put("verbose", false);
        c.put("zeroshot_min_similarity", 0.7);
        c.putNull("zeroshot_topic_list");
        if (embeddingModel != null) {
            c.put("embedding_model", embeddingModel);
        }
        return c;
    }

    static SavedModel.Settings settings(JsonNode c) {
        String f = ModelFiles.CONFIG;
        JsonNode range = Fields.require(c, "n_gram_range", f);
        if (!range.isArray() || range.size() != 2) {
            throw new IllegalArgumentException(f + ": n_gram_range must be [min, max], got " + range);
        }
        JsonNode embedding = c.get("embedding_model");
        JsonNode language = c.get("language");
        return new SavedModel.Settings(Fields.integer(c, "top_n_words", f), Fields.integer(range.get(0), f + " n_gram_range"),
                Fields.integer(range.get(1), f + " n_gram_range"), Fields.integer(c, "min_topic_size", f),
                Fields.bool(c, "calculate_probabilities", f),
                language == null || language.isNull() ? null : language.asText(),
                embedding == null || !embedding.isTextual() ? null : embedding.asText());
    }

    static ObjectNode topics(SavedModel.Topics t) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ObjectNode reps = o.putObject("topic_representations");
        t.representations().forEach((id, words) -> reps.set(id.toString(), words(words)));
        ArrayNode topics = o.putArray("topics");
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (int topic : t.topics()) {
            topics.add(topic);
            sizes.merge(topic, 1, Integer::sum);
        }
        ObjectNode sizeNode = o.putObject("topic_sizes");
        sizes.forEach((id, n) -> sizeNode.put(id.toString(), n));
        ArrayNode mapper = o.putArray("topic_mapper");
        for (int[] row : t.mapper()) {
            ArrayNode r = mapper.addArray();
            for (int v : row) {
                r.add(v);
            }
        }
        ObjectNode labels = o.putObject("topic_labels");
        t.labels().forEach((id, label) -> labels.put(id.toString(), label));
        if (t.customLabels().isEmpty()) {
            o.putNull("custom_labels");
        } else {
            ArrayNode custom = o.putArray("custom_labels");
            t.representations().keySet().forEach(id -> custom.add(t.customLabels().getOrDefault(id, t.labels().get(id))));
        }
        o.put("_outliers", sizes.containsKey(-1) ? 1 : 0);
        ObjectNode aspects = o.putObject("topic_aspects");
        t.aspects().forEach((name, values) -> {
            if (isPictures(values)) {
                aspects.put(VISUAL_ASPECT, true);
            } else {
                ObjectNode a = aspects.putObject(name);
                values.forEach((id, rep) -> a.set(id.toString(), representation(rep)));
            }
        });
        return o;
    }

    static boolean isPictures(Map<Integer, Representation> values) {
        return !values.isEmpty() && values.values().iterator().next() instanceof Representation.Picture;
    }

    private static ArrayNode words(List<WordScore> words) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (WordScore w : words) {
            a.addArray().add(w.word()).add(w.score());
        }
        return a;
    }

    private static ArrayNode representation(Representation r) {
        if (r instanceof Representation.Words w) {
            return words(w.words());
        }
        if (r instanceof Representation.Label l) {
            return words(List.of(new WordScore(l.text(), 1.0)));
        }
        throw new IllegalArgumentException("a text aspect holds a picture; pictures are saved only as the visual aspect");
    }

    /**
     * The content of topics.json, with aspects as words (labels and pictures are restored by the caller).
     *
     * @throws IllegalArgumentException naming topics.json and the field when the content is malformed
     */
    static SavedModel.Topics topics(JsonNode o) {
        String f = ModelFiles.TOPICS;
        Map<Integer, List<WordScore>> reps = new TreeMap<>();
        Fields.object(o, "topic_representations", f).properties()
                .forEach(e -> reps.put(Fields.topicId(e.getKey(), f), words(e.getValue(), f + " topic " + e.getKey())));
        if (reps.isEmpty()) {
            throw new IllegalArgumentException(f + ": topic_representations is empty");
        }
        JsonNode topicsNode = Fields.require(o, "topics", f);
        if (!topicsNode.isArray()) {
            throw new IllegalArgumentException(f + ": topics must be a list of topic ids");
        }
        int[] topics = new int[topicsNode.size()];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = Fields.integer(topicsNode.get(i), f + " topics[" + i + "]");
            if (!reps.containsKey(topics[i])) {
                throw new IllegalArgumentException(f + ": topics[" + i + "] = " + topics[i] + " has no topic_representations entry");
            }
        }
        requireSizes(o, topics, reps.keySet(), f);
        List<int[]> mapper = new ArrayList<>();
        for (JsonNode row : Fields.array(o, "topic_mapper", f)) {
            if (!row.isArray() || row.isEmpty()) {
                throw new IllegalArgumentException(f + ": topic_mapper rows must be non-empty lists of ids");
            }
            int[] r = new int[row.size()];
            for (int j = 0; j < r.length; j++) {
                r[j] = Fields.integer(row.get(j), f + " topic_mapper");
            }
            mapper.add(r);
        }
        Map<Integer, String> labels = new TreeMap<>();
        JsonNode labelNode = o.get("topic_labels");
        if (labelNode != null && labelNode.isObject()) {
            labelNode.properties().forEach(e -> labels.put(Fields.topicId(e.getKey(), f), e.getValue().asText()));
        }
        Map<Integer, String> custom = customLabels(o.get("custom_labels"), new ArrayList<>(reps.keySet()), f);
        Map<String, Map<Integer, Representation>> aspects = new LinkedHashMap<>();
        JsonNode aspectNode = o.get("topic_aspects");
        if (aspectNode != null && aspectNode.isObject()) {
            aspectNode.properties().forEach(e -> {
                if (!e.getKey().equals(VISUAL_ASPECT)) {
                    Map<Integer, Representation> values = new TreeMap<>();
                    Fields.object(aspectNode, e.getKey(), f).properties().forEach(v -> values.put(Fields.topicId(v.getKey(), f),
                            new Representation.Words(words(v.getValue(), f + " aspect " + e.getKey()))));
                    aspects.put(e.getKey(), values);
                }
            });
        }
        return new SavedModel.Topics(topics, reps, labels, custom, mapper, aspects);
    }

    private static void requireSizes(JsonNode o, int[] topics, java.util.Set<Integer> ids, String f) {
        Map<Integer, Integer> counted = new TreeMap<>();
        for (int t : topics) {
            counted.merge(t, 1, Integer::sum);
        }
        Map<Integer, Integer> saved = new TreeMap<>();
        Fields.object(o, "topic_sizes", f).properties()
                .forEach(e -> saved.put(Fields.topicId(e.getKey(), f), Fields.integer(e.getValue(), f + " topic_sizes")));
        if (!saved.equals(counted) || !counted.keySet().equals(ids)) {
            throw new IllegalArgumentException(f + ": topic_sizes " + saved + " disagree with the counts of topics "
                    + counted + " or with the topics of topic_representations " + ids);
        }
    }

    private static Map<Integer, String> customLabels(JsonNode node, List<Integer> ids, String f) {
        Map<Integer, String> out = new TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray() || node.size() != ids.size()) {
            throw new IllegalArgumentException(f + ": custom_labels must be null or one label per topic (" + ids.size()
                    + "), got " + node.size());
        }
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), node.get(i).asText());
        }
        return out;
    }

    private static List<WordScore> words(JsonNode list, String where) {
        if (!list.isArray()) {
            throw new IllegalArgumentException(where + ": expected a list of [word, score] pairs, got " + list.getNodeType());
        }
        List<WordScore> out = new ArrayList<>(list.size());
        for (JsonNode pair : list) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isNumber()) {
                throw new IllegalArgumentException(where + ": expected [word, score] pairs, got " + pair);
            }
            out.add(new WordScore(pair.get(0).asText(), pair.get(1).asDouble()));
        }
        return out;
    }
}
