package org.bertopic4j.djl.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file format of a model, which decides the engine that runs it: ONNX ({@code *.onnx}, or ONNX Runtime's
 * own {@code *.ort} format) on ONNX Runtime, TorchScript ({@code *.pt}, a model saved with {@code torch.jit.save})
 * on DJL's PyTorch engine.
 */
public enum ModelFormat {
    /** An ONNX graph, run by ONNX Runtime (the default format of every backend). */
    ONNX(".onnx", ".ort"),
    /** A TorchScript archive, run by DJL's PyTorch engine (libtorch). */
    TORCHSCRIPT(".pt");

    private final String[] extensions;

    ModelFormat(String... extensions) {
        this.extensions = extensions;
    }

    /**
     * The format of a model file, from its name.
     *
     * @throws IllegalArgumentException naming the file when it ends neither in {@code .onnx} / {@code .ort} nor in
     *     {@code .pt}
     */
    public static ModelFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ModelFormat f : values()) {
            for (String extension : f.extensions) {
                if (name.endsWith(extension)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("model file " + file + " is neither ONNX (*.onnx, *.ort) nor TorchScript"
                + " (*.pt); export the model to ONNX, or trace it with torch.jit.trace and save it as *.pt");
    }
}
