package org.bertopic4j.djl.engine;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ModelRunner} over a TorchScript file on DJL's PyTorch engine. Inputs are passed to {@code forward}
 * in the order of its arguments ({@link TorchScriptSignature}); a dict output gives named outputs, a tensor or
 * tuple output positional ones.
 */
final class TorchScriptRunner implements ModelRunner {
    static final String ENGINE = "PyTorch";
    private static final String JARS = "add ai.djl.pytorch:pytorch-engine, ai.djl.pytorch:pytorch-jni and"
            + " ai.djl.pytorch:pytorch-native-cpu (classifier linux-x86_64; pytorch-native-cu128 for a GPU) in the"
            + " versions of the DJL BOM (see docs/models.md), or use an ONNX export of the model";

    private final Model model;
    private final String source;
    private final List<String> inputs;
    private final ComputeDevice device;

    private TorchScriptRunner(Model model, String source, List<String> inputs, ComputeDevice device) {
        this.model = model;
        this.source = source;
        this.inputs = inputs;
        this.device = device;
    }

    static TorchScriptRunner open(Path file, RunnerOptions options) {
        requireEngine(Engine.getAllEngines(), file);
        List<String> inputs = TorchScriptSignature.forwardArguments(file);
        Engine engine;
        try {
            engine = Engine.getEngine(ENGINE);
        } catch (EngineException e) {
            throw new IllegalStateException("DJL's PyTorch engine did not start for " + file + ": " + e.getMessage()
                    + "; " + JARS, e);
        }
        ComputeDevice device = options.device().equals(ComputeDevice.CPU) ? ComputeDevice.CPU
                : DevicePlacement.place(options.device(), ModelFormat.TORCHSCRIPT, true, engine.getGpuCount(),
                        file.toString());
        Model model = Model.newInstance(file.getFileName().toString(),
                device.isGpu() ? Device.gpu(device.index()) : Device.cpu(), ENGINE);
        try {
            // mapLocation: load the weights onto the model's device, wherever they were saved
            model.load(file.toAbsolutePath().getParent(), file.getFileName().toString(), Map.of("mapLocation", "true"));
            return new TorchScriptRunner(model, file.toString(), inputs, device);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IllegalArgumentException("cannot load TorchScript model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that DJL found the PyTorch engine.
     *
     * @param engines the names of the engines DJL found ({@link Engine#getAllEngines()})
     * @throws IllegalStateException naming the file and the jars to add otherwise
     */
    static void requireEngine(Set<String> engines, Path file) {
        if (!engines.contains(ENGINE)) {
            throw new IllegalStateException(file + " is a TorchScript model, which needs DJL's PyTorch engine, not on"
                    + " the classpath: " + JARS);
        }
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public ModelFormat format() {
        return ModelFormat.TORCHSCRIPT;
    }

    @Override
    public ComputeDevice device() {
        return device;
    }

    @Override
    public List<String> inputNames() {
        return inputs;
    }

    @Override
    public List<String> outputNames() {
        return List.of();
    }

    @Override
    public Optional<long[]> outputShape(String name) {
        return Optional.empty();
    }

    @Override
    public ModelOutputs run(Map<String, Tensor> feeds) {
        Feeds.requireExactly(source, inputs, feeds);
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList in = new NDList(inputs.size());
            for (String name : inputs) {
                Tensor t = feeds.get(name);
                Shape shape = new Shape(t.shape());
                in.add(t.isFloat() ? manager.create(t.floats(), shape) : manager.create(t.longs(), shape));
            }
            NDList out = model.getBlock().forward(new ParameterStore(manager, false), in, false);
            boolean positional = out.stream().anyMatch(a -> a.getName() == null || a.getName().isEmpty());
            Map<String, Tensor> outputs = new LinkedHashMap<>();
            for (int k = 0; k < out.size(); k++) {
                NDArray a = out.get(k);
                NDArray floats = a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false);
                outputs.put(positional ? Integer.toString(k) : a.getName(),
                        Tensor.ofFloats(floats.toFloatArray(), a.getShape().getShape()));
            }
            return new ModelOutputs(source, outputs, positional);
        } catch (EngineException e) {
            throw new IllegalStateException("PyTorch failed running " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
