package org.bertopic4j.djl.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a model runs: {@link #AUTO} (the default: GPU 0 when the engine can use one, else the CPU),
 * {@link #CPU}, or one GPU ({@link #gpu(int)}). {@link #resolve} turns a request into the device actually used,
 * as a pure function of what the engine offers, so the decision can be tested on any machine.
 *
 * <p>ONNX Runtime can use a GPU only when {@code com.microsoft.onnxruntime:onnxruntime_gpu} replaces
 * {@code com.microsoft.onnxruntime:onnxruntime} on the classpath (it offers the CUDA execution provider);
 * DJL's PyTorch engine only with {@code ai.djl.pytorch:pytorch-native-cu128} instead of
 * {@code pytorch-native-cpu}. Both also need an NVIDIA driver and a visible GPU.
 */
public final class ComputeDevice {
    /** GPU 0 when the engine can use one, else the CPU (logged at debug level). */
    public static final ComputeDevice AUTO = new ComputeDevice(Kind.AUTO, -1);
    /** The CPU. */
    public static final ComputeDevice CPU = new ComputeDevice(Kind.CPU, -1);

    private enum Kind { AUTO, CPU, GPU }

    private final Kind kind;
    private final int index;

    private ComputeDevice(Kind kind, int index) {
        this.kind = kind;
        this.index = index;
    }

    /**
     * One GPU, by its CUDA index.
     *
     * @throws IllegalArgumentException when the index is negative
     */
    public static ComputeDevice gpu(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("GPU index must be >= 0, got " + index);
        }
        return new ComputeDevice(Kind.GPU, index);
    }

    /** Whether this is one GPU (a resolved device is either this or {@link #CPU}). */
    public boolean isGpu() {
        return kind == Kind.GPU;
    }

    /** The CUDA index of a GPU device, -1 otherwise. */
    public int index() {
        return index;
    }

    /**
     * The device to use for this request, given what the engine offers.
     *
     * @param format the model's format, which names the engine (and the jar that adds GPU support) in messages
     * @param gpuRuntime whether the engine's native library can use a GPU at all (ONNX Runtime: the CUDA
     *     execution provider is available; PyTorch: pass true, its GPU count tells)
     * @param gpuCount the number of GPUs the engine sees
     * @return {@link #CPU} or {@code gpu(i)}
     * @throws IllegalStateException when a GPU was asked for explicitly and the engine cannot use it, naming
     *     the setting and the fix
     */
    public ComputeDevice resolve(ModelFormat format, boolean gpuRuntime, int gpuCount) {
        Objects.requireNonNull(format, "format");
        int usable = gpuRuntime ? gpuCount : 0;
        return switch (kind) {
            case CPU -> CPU;
            case AUTO -> usable > 0 ? gpu(0) : CPU;
            case GPU -> {
                if (index < usable) {
                    yield this;
                }
                throw new IllegalStateException("device(ComputeDevice.gpu(" + index + ")) asks for GPU " + index
                        + ", but " + (usable > 0 ? "only " + usable + " GPU(s) are visible" : noGpu(format, gpuRuntime))
                        + "; use device(ComputeDevice.AUTO) or device(ComputeDevice.CPU) to run on the CPU");
            }
        };
    }

    private static String noGpu(ModelFormat format, boolean gpuRuntime) {
        if (format == ModelFormat.TORCHSCRIPT) {
            return "the PyTorch engine sees no GPU (it needs ai.djl.pytorch:pytorch-native-cu128, classifier"
                    + " linux-x86_64, instead of pytorch-native-cpu, an NVIDIA driver and a visible GPU)";
        }
        return gpuRuntime ? "ONNX Runtime's CUDA execution provider sees no GPU (check the NVIDIA driver and"
                + " CUDA_VISIBLE_DEVICES)"
                : "ONNX Runtime offers no CUDA execution provider (replace com.microsoft.onnxruntime:onnxruntime by"
                        + " com.microsoft.onnxruntime:onnxruntime_gpu of the same version, and install CUDA and cuDNN)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComputeDevice d && d.kind == kind && d.index == index;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + index;
    }

    @Override
    public String toString() {
        return kind == Kind.GPU ? "gpu(" + index + ")" : kind.name().toLowerCase(Locale.ROOT);
    }
}
