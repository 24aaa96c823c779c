package org.bertopic4j.djl.engine;

import java.util.Objects;
import org.bertopic4j.djl.ort.OnnxSession;

/**
 * How to open a {@link ModelRunner}.
 *
 * @param device where to run (default {@link ComputeDevice#AUTO})
 * @param intraOpThreads ONNX Runtime threads within one operator; 0 lets ONNX Runtime decide. The PyTorch
 *     engine ignores it: libtorch's thread pools are per process, set with the system properties
 *     {@code ai.djl.pytorch.num_threads} and {@code ai.djl.pytorch.num_interop_threads} before the engine starts
 * @param interOpThreads ONNX Runtime threads across independent operators; 0 lets ONNX Runtime decide
 */
public record RunnerOptions(ComputeDevice device, int intraOpThreads, int interOpThreads) {
    /** The defaults: {@link ComputeDevice#AUTO}, thread counts left to the engine. */
    public static final RunnerOptions DEFAULT = new RunnerOptions(ComputeDevice.AUTO, 0, 0);

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when a thread count is negative
     */
    public RunnerOptions {
        Objects.requireNonNull(device, "device");
        OnnxSession.requireThreads("intraOpThreads", intraOpThreads);
        OnnxSession.requireThreads("interOpThreads", interOpThreads);
    }

    /** These options on another device. */
    public RunnerOptions withDevice(ComputeDevice device) {
        return new RunnerOptions(device, intraOpThreads, interOpThreads);
    }

    /** These options with another intra-op thread count (checked as the constructor does). */
    public RunnerOptions withIntraOpThreads(int threads) {
        return new RunnerOptions(device, threads, interOpThreads);
    }

    /** These options with another inter-op thread count (checked as the constructor does). */
    public RunnerOptions withInterOpThreads(int threads) {
        return new RunnerOptions(device, intraOpThreads, threads);
    }
}
