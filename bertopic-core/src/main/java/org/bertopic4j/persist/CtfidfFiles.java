package org.bertopic4j.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.DfLimit;
import org.bertopic4j.vectorize.StopWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ctfidf.safetensors} ({@code indptr}, {@code indices}, {@code data}, {@code shape}, {@code diag}: I32,
 * I32, F64, I64, F64 as scipy and BERTopic write them) and {@code ctfidf_config.json} (the c-TF-IDF flags and
 * the CountVectorizer's {@code get_params()} without callables, plus its {@code vocabulary_}).
 */
final class CtfidfFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CtfidfFiles.class);
    private static final String TOKEN_PATTERN = "(?u)\\b\\w\\w+\\b";

    private CtfidfFiles() {
    }

    static void write(Path dir, SavedModel.Ctfidf c) throws IOException {
        CsrMatrix m = c.matrix();
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("indptr", Tensor.i32(m.indptr()));
        t.put("indices", Tensor.i32(m.indices()));
        t.put("data", Tensor.f64(m.data()));
        t.put("shape", Tensor.i64(new long[] {m.rows(), m.cols()}));
        t.put("diag", Tensor.f64(c.idf()));
        Safetensors.write(dir.resolve(ModelFiles.CTFIDF), t);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.putObject("ctfidf_model").put("bm25_weighting", c.bm25Weighting()).put("reduce_frequent_words", c.reduceFrequentWords());
        ObjectNode v = o.putObject("vectorizer_model");
        v.set("params", params(c.vectorizer()));
        ObjectNode vocab = v.putObject("vocab");
        for (int j = 0; j < c.vocabulary().size(); j++) {
            vocab.put(c.vocabulary().get(j), j);
        }
        Json.write(dir.resolve(ModelFiles.CTFIDF_CONFIG), o);
    }

    private static ObjectNode params(CountVectorizer cv) {
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("analyzer", "word");
        p.put("binary", false);
        p.put("decode_error", "strict");
        p.put("encoding", "utf-8");
        p.put("input", "content");
        p.put("lowercase", cv.lowercase());
        limit(p, "max_df", cv.maxDf());
        if (cv.maxFeatures().isPresent()) {
            p.put("max_features", cv.maxFeatures().getAsInt());
        } else {
            p.putNull("max_features");
        }
        limit(p, "min_df", cv.minDf());
        p.putArray("ngram_range").add(cv.ngramMin()).add(cv.ngramMax());
        if (cv.stopWords().isEmpty()) {
            p.putNull("stop_words");
        } else if (cv.stopWords().equals(StopWords.ENGLISH)) {
            p.put("stop_words", "english");
        } else {
            ArrayNode a = p.putArray("stop_words");
            new TreeSet<>(cv.stopWords()).forEach(a::add);
        }
        p.putNull("strip_accents");
        p.put("token_pattern", TOKEN_PATTERN);
        if (cv.vocabulary().isPresent()) {
            ArrayNode a = p.putArray("vocabulary");
            cv.vocabulary().get().forEach(a::add);
        } else {
            p.putNull("vocabulary");
        }
        return p;
    }

    private static void limit(ObjectNode p, String name, DfLimit l) {
        if (l.fraction()) {
            p.put(name, l.value());
        } else {
            p.put(name, (long) l.value());
        }
    }

    /**
     * The c-TF-IDF files of {@code dir}, or null when {@code ctfidf.safetensors} is absent.
     *
     * @throws IllegalArgumentException when the files are malformed or inconsistent
     */
    static SavedModel.Ctfidf read(Path dir, int topicCount) throws IOException {
        Path tensors = dir.resolve(ModelFiles.CTFIDF);
        if (!Files.isRegularFile(tensors)) {
            if (Files.exists(dir.resolve(ModelFiles.CTFIDF_PYTORCH))) {
                LOG.warn("{} holds c-TF-IDF only as PyTorch pickle ({}), which is not read (unsafe); loading without c-TF-IDF",
                        dir, ModelFiles.CTFIDF_PYTORCH);
            }
            return null;
        }
        String f = ModelFiles.CTFIDF;
        Map<String, Tensor> t = Safetensors.read(tensors);
        long[] shape = get(t, "shape", f).toLongArray();
        int[] indptr = get(t, "indptr", f).toIntArray();
        int[] indices = get(t, "indices", f).toIntArray();
        double[] data = get(t, "data", f).toDoubleArray();
        double[] idf = get(t, "diag", f).toDoubleArray();
        if (shape.length != 2 || shape[0] != topicCount || shape[1] != idf.length || shape[1] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(f + ": shape " + Arrays.toString(shape) + " must be [topics=" + topicCount
                    + ", terms=" + idf.length + " (the length of diag)]");
        }
        CsrMatrix matrix = SparseCanonical.csr(f, (int) shape[0], (int) shape[1], indptr, indices, data);
        JsonNode config = Json.readObject(dir.resolve(ModelFiles.CTFIDF_CONFIG));
        String cf = ModelFiles.CTFIDF_CONFIG;
        JsonNode model = Fields.object(config, "ctfidf_model", cf);
        JsonNode vectorizer = Fields.object(config, "vectorizer_model", cf);
        List<String> vocabulary = vocabulary(Fields.object(vectorizer, "vocab", cf), idf.length, cf);
        return new SavedModel.Ctfidf(matrix, idf, Fields.bool(model, "bm25_weighting", cf),
                Fields.bool(model, "reduce_frequent_words", cf), countVectorizer(Fields.object(vectorizer, "params", cf)),
                vocabulary);
    }

    private static Tensor get(Map<String, Tensor> t, String name, String f) {
        Tensor x = t.get(name);
        if (x == null) {
            throw new IllegalArgumentException(f + ": missing tensor '" + name + "' (expected indptr, indices, data, shape, diag)");
        }
        if (x.shape().length != 1) {
            throw new IllegalArgumentException(f + ": tensor '" + name + "' must be 1-D, got " + x);
        }
        boolean floats = name.equals("data") || name.equals("diag");
        if (floats != (x.dtype() == Dtype.F32 || x.dtype() == Dtype.F64)) {
            throw new IllegalArgumentException(f + ": tensor '" + name + "' has the wrong dtype " + x.dtype()
                    + " (expected " + (floats ? "F64" : "I32 or I64") + ")");
        }
        return x;
    }

    private static List<String> vocabulary(JsonNode vocab, int width, String f) {
        String[] terms = new String[width];
        vocab.properties().forEach(e -> {
            int j = Fields.integer(e.getValue(), f + " vocab['" + e.getKey() + "']");
            if (j < 0 || j >= width || terms[j] != null) {
                throw new IllegalArgumentException(f + ": vocab index " + j + " of '" + e.getKey()
                        + "' is out of [0, " + width + ") or used twice");
            }
            terms[j] = e.getKey();
        });
        if (vocab.size() != width) {
            throw new IllegalArgumentException(f + ": vocab has " + vocab.size() + " terms but the c-TF-IDF matrix has "
                    + width + " columns");
        }
        return List.of(terms);
    }

    /** The CountVectorizer of saved sklearn parameters, or null (with a warning) when they have no equivalent here. */
    static CountVectorizer countVectorizer(JsonNode p) {
        String unsupported = unsupported(p);
        if (unsupported != null) {
            LOG.warn("{}: vectorizer parameter {} is not supported by CountVectorizer; the loaded model keeps its c-TF-IDF "
                    + "but cannot vectorize new text", ModelFiles.CTFIDF_CONFIG, unsupported);
            return null;
        }
        String f = ModelFiles.CTFIDF_CONFIG;
        CountVectorizer.Builder b = CountVectorizer.builder();
        JsonNode range = Fields.require(p, "ngram_range", f);
        b.ngramRange(Fields.integer(range.get(0), f + " ngram_range"), Fields.integer(range.get(1), f + " ngram_range"));
        b.lowercase(!p.has("lowercase") || p.get("lowercase").asBoolean(true));
        JsonNode stop = p.get("stop_words");
        if (stop != null && stop.isTextual()) {
            b.stopWords(StopWords.ENGLISH);
        } else if (stop != null && stop.isArray()) {
            List<String> words = new ArrayList<>();
            stop.forEach(w -> words.add(w.asText()));
            b.stopWords(words);
        }
        setLimit(p.get("min_df"), true, b);
        setLimit(p.get("max_df"), false, b);
        JsonNode maxFeatures = p.get("max_features");
        if (maxFeatures != null && !maxFeatures.isNull()) {
            b.maxFeatures(Fields.integer(maxFeatures, f + " max_features"));
        }
        JsonNode vocabulary = p.get("vocabulary");
        if (vocabulary != null && vocabulary.isArray()) {
            List<String> terms = new ArrayList<>();
            vocabulary.forEach(w -> terms.add(w.asText()));
            b.vocabulary(terms);
        } else if (vocabulary != null && vocabulary.isObject()) {
            b.vocabulary(CtfidfFiles.vocabulary(vocabulary, vocabulary.size(), f + " params.vocabulary"));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
        }
    }

    private static void setLimit(JsonNode n, boolean min, CountVectorizer.Builder b) {
        if (n == null || n.isNull()) {
            return;
        }
        if (n.isIntegralNumber()) {
            if (min) {
                b.minDf(n.asInt());
            } else {
                b.maxDf(n.asInt());
            }
        } else if (min) {
            b.minDf(n.asDouble());
        } else {
            b.maxDf(n.asDouble());
        }
    }

    private static String unsupported(JsonNode p) {
        if (p.has("analyzer") && !"word".equals(p.get("analyzer").asText())) {
            return "analyzer=" + p.get("analyzer");
        }
        if (p.has("binary") && p.get("binary").asBoolean()) {
            return "binary=true";
        }
        if (p.has("strip_accents") && !p.get("strip_accents").isNull()) {
            return "strip_accents=" + p.get("strip_accents");
        }
        if (p.has("token_pattern") && !TOKEN_PATTERN.equals(p.get("token_pattern").asText())) {
            return "token_pattern=" + p.get("token_pattern");
        }
        if (p.has("input") && !"content".equals(p.get("input").asText())) {
            return "input=" + p.get("input");
        }
        return null;
    }
}
