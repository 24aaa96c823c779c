package org.bertopic4j.djl.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded model that runs on named inputs, whatever the engine: ONNX files on ONNX Runtime, TorchScript
 * files on DJL's PyTorch engine ({@link ModelFormat}). The backends feed it {@link Tensor}s by input name and
 * read {@link ModelOutputs} by output name, so their logic does not depend on the engine. Implementations are
 * thread-safe: many threads may run one model at once.
 */
public interface ModelRunner extends AutoCloseable {

    /**
     * Opens a model file on the engine its format names, on the device {@code options} asks for.
     *
     * @throws IllegalArgumentException naming the file when it is missing, of an unknown format or not loadable
     * @throws IllegalStateException when a TorchScript file needs the PyTorch engine and its jars are missing,
     *     or when an explicitly requested GPU is not available (see {@link ComputeDevice#resolve})
     */
    static ModelRunner open(Path file, RunnerOptions options) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("model file not found: " + file);
        }
        return switch (ModelFormat.of(file)) {
            case ONNX -> OnnxRunner.open(file, options);
            case TORCHSCRIPT -> TorchScriptRunner.open(file, options);
        };
    }

    /**
     * Opens an ONNX model held in memory (for example a classpath resource).
     *
     * @param name names the model in messages
     * @throws IllegalArgumentException naming the model when the bytes are not a loadable ONNX model
     */
    static ModelRunner openOnnx(byte[] model, String name, RunnerOptions options) {
        return OnnxRunner.open(model, name, options);
    }

    /** The model's file or name, for messages. */
    String source();

    /** The format, hence the engine, of the model. */
    ModelFormat format();

    /** The device the model runs on: {@link ComputeDevice#CPU} or a GPU. */
    ComputeDevice device();

    /** Input names in the model's order (TorchScript: the arguments of {@code forward}). */
    List<String> inputNames();

    /** Whether the model has an input of this name. */
    default boolean hasInput(String name) {
        return inputNames().contains(name);
    }

    /** Output names in the model's order; empty when the format declares none (TorchScript). */
    List<String> outputNames();

    /**
     * The declared shape of an output, -1 for dynamic axes; empty when the format declares none or the model
     * has no such output.
     */
    Optional<long[]> outputShape(String name);

    /**
     * Runs the model.
     *
     * @param feeds one tensor per input name; inputs the model lacks are an error
     * @throws IllegalArgumentException when a feed names no input of the model or an input is not fed
     * @throws IllegalStateException naming the model when the engine fails
     */
    ModelOutputs run(Map<String, Tensor> feeds);

    /** Releases the model. */
    @Override
    void close();
}
