package org.bertopic4j.djl.text;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/** Where the ONNX graph and {@code tokenizer.json} of a sentence embedder come from: files or the classpath. */
interface ModelSource {

    /** Loads the ONNX graph into {@code model}. */
    void loadModel(Model model, Map<String, String> options) throws IOException, MalformedModelException;

    /** Opens the tokenizer with DJL options (they override padding and truncation stored in the file). */
    HuggingFaceTokenizer loadTokenizer(Map<String, String> options) throws IOException;

    /** Files on disk (a resolved {@link ModelLayout}). */
    static ModelSource files(Path onnx, Path tokenizerJson) {
        return new ModelSource() {
            @Override
            public void loadModel(Model model, Map<String, String> options)
                    throws IOException, MalformedModelException {
                model.load(onnx.getParent(), onnx.getFileName().toString(), options);
            }

            @Override
            public HuggingFaceTokenizer loadTokenizer(Map<String, String> options) throws IOException {
                return HuggingFaceTokenizer.newInstance(tokenizerJson, options);
            }
        };
    }

    /**
     * Resources on the classpath.
     *
     * @param missingHint appended to the error when a resource is missing (which dependency to add)
     */
    static ModelSource classpath(String onnxResource, String tokenizerResource, String missingHint) {
        return new ModelSource() {
            @Override
            public void loadModel(Model model, Map<String, String> options)
                    throws IOException, MalformedModelException {
                try (InputStream in = open(onnxResource)) {
                    model.load(in, options);
                }
            }

            @Override
            public HuggingFaceTokenizer loadTokenizer(Map<String, String> options) throws IOException {
                try (InputStream in = open(tokenizerResource)) {
                    return HuggingFaceTokenizer.newInstance(in, options);
                }
            }

            private InputStream open(String resource) {
                InputStream in = ModelSource.class.getClassLoader().getResourceAsStream(resource);
                if (in == null) {
                    throw new IllegalStateException("classpath resource '" + resource + "' not found: " + missingHint);
                }
                return in;
            }
        };
    }
}
