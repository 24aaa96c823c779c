package org.bertopic4j.djl.engine;

import ai.djl.util.cuda.CudaUtils;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.djl.ort.OnnxSession;

/** A {@link ModelRunner} over an ONNX Runtime session; on a GPU through the CUDA execution provider. */
final class OnnxRunner implements ModelRunner {
    private final OnnxSession session;
    private final ComputeDevice device;

    private OnnxRunner(OnnxSession session, ComputeDevice device) {
        this.session = session;
        this.device = device;
    }

    static OnnxRunner open(Path file, RunnerOptions options) {
        ComputeDevice device = place(options.device(), file.toString());
        return new OnnxRunner(OnnxSession.open(file, options.intraOpThreads(), options.interOpThreads(),
                device.index()), device);
    }

    static OnnxRunner open(byte[] model, String name, RunnerOptions options) {
        ComputeDevice device = place(options.device(), name);
        return new OnnxRunner(OnnxSession.open(model, name, options.intraOpThreads(), options.interOpThreads(),
                device.index()), device);
    }

    private static ComputeDevice place(ComputeDevice requested, String source) {
        if (requested.equals(ComputeDevice.CPU)) {
            return ComputeDevice.CPU;
        }
        boolean cuda = OnnxSession.cudaAvailable();
        return DevicePlacement.place(requested, ModelFormat.ONNX, cuda, cuda ? CudaUtils.getGpuCount() : 0, source);
    }

    @Override
    public String source() {
        return session.source();
    }

    @Override
    public ModelFormat format() {
        return ModelFormat.ONNX;
    }

    @Override
    public ComputeDevice device() {
        return device;
    }

    @Override
    public List<String> inputNames() {
        return session.inputNames();
    }

    @Override
    public boolean hasInput(String name) {
        return session.hasInput(name);
    }

    @Override
    public List<String> outputNames() {
        return session.outputNames();
    }

    @Override
    public Optional<long[]> outputShape(String name) {
        return session.hasOutput(name) ? Optional.of(session.outputShape(name)) : Optional.empty();
    }

    @Override
    public ModelOutputs run(Map<String, Tensor> feeds) {
        Feeds.requireExactly(source(), inputNames(), feeds);
        Map<String, OnnxTensor> tensors = new HashMap<>();
        try {
            for (Map.Entry<String, Tensor> e : feeds.entrySet()) {
                Tensor t = e.getValue();
                tensors.put(e.getKey(), t.isFloat() ? OnnxSession.floats(t.floats(), t.shape())
                        : OnnxSession.longs(t.longs(), t.shape()));
            }
            try (OrtSession.Result result = session.run(tensors)) {
                Map<String, Tensor> out = new LinkedHashMap<>();
                for (Map.Entry<String, OnnxValue> e : result) {
                    if (e.getValue() instanceof OnnxTensor t && t.getInfo().type == OnnxJavaType.FLOAT) {
                        FloatBuffer buffer = t.getFloatBuffer();
                        float[] values = new float[buffer.remaining()];
                        buffer.get(values);
                        out.put(e.getKey(), Tensor.ofFloats(values, t.getInfo().getShape()));
                    }
                }
                return new ModelOutputs(source(), out, false);
            }
        } finally {
            OnnxSession.closeAll(tensors);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
