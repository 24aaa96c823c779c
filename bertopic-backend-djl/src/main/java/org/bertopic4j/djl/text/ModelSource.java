package org.bertopic4j.djl.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.bertopic4j.djl.engine.ModelRunner;
import org.bertopic4j.djl.engine.RunnerOptions;

/**
 * Where the model (ONNX or TorchScript) and {@code tokenizer.json} of a sentence embedder come from: files or
 * the classpath.
 */
interface ModelSource {

    /** Opens the model. */
    ModelRunner openModel(RunnerOptions options) throws IOException;

    /** Opens the tokenizer with DJL options (they override padding and truncation stored in the file). */
    HuggingFaceTokenizer loadTokenizer(Map<String, String> options) throws IOException;

    /** Files on disk (a resolved {@link ModelLayout}); the model's engine follows its file name. */
    static ModelSource files(Path model, Path tokenizerJson) {
        return new ModelSource() {
            @Override
            public ModelRunner openModel(RunnerOptions options) {
                return ModelRunner.open(model, options);
            }

            @Override
            public HuggingFaceTokenizer loadTokenizer(Map<String, String> options) throws IOException {
                return HuggingFaceTokenizer.newInstance(tokenizerJson, options);
            }
        };
    }

    /**
     * An ONNX model and a tokenizer on the classpath.
     *
     * @param missingHint appended to the error when a resource is missing (which dependency to add)
     */
    static ModelSource classpath(String onnxResource, String tokenizerResource, String missingHint) {
        return new ModelSource() {
            @Override
            public ModelRunner openModel(RunnerOptions options) throws IOException {
                try (InputStream in = open(onnxResource)) {
                    return ModelRunner.openOnnx(in.readAllBytes(), onnxResource, options);
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
