package org.bertopic4j.djl.ort;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ONNX model loaded in ONNX Runtime (the runtime of DJL's OnnxRuntime engine), with named float,
 * int64 and bool inputs. {@link #run} is thread-safe: many threads may run the same session at once.
 */
public final class OnnxSession implements AutoCloseable {
    /**
     * The process's one ONNX Runtime environment, shared with DJL: DJL's OnnxRuntime engine creates it
     * with thread options, which ONNX Runtime refuses once any environment exists, so the engine is
     * started first (otherwise a SentenceEmbedder loaded after a CLIP model or captioner would fail).
     */
    private static final OrtEnvironment ENV = sharedEnvironment();

    private final String source;
    private final OrtSession session;
    private final Map<String, TensorInfo> inputs;
    private final Map<String, TensorInfo> outputs;

    private static OrtEnvironment sharedEnvironment() {
        ai.djl.engine.Engine.getEngine("OnnxRuntime");
        return OrtEnvironment.getEnvironment();
    }

    private OnnxSession(String source, OrtSession session) throws OrtException {
        this.source = source;
        this.session = session;
        this.inputs = tensorInfos(session.getInputInfo());
        this.outputs = tensorInfos(session.getOutputInfo());
    }

    private static Map<String, TensorInfo> tensorInfos(Map<String, NodeInfo> infos) {
        Map<String, TensorInfo> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeInfo> e : infos.entrySet()) {
            if (e.getValue().getInfo() instanceof TensorInfo t) {
                out.put(e.getKey(), t);
            }
        }
        return out;
    }

    /**
     * Loads an ONNX file on the CPU.
     *
     * @param intraOpThreads threads per run inside ONNX Runtime; 0 lets the runtime decide (all cores)
     * @throws IllegalArgumentException naming the file when it is missing or not a loadable ONNX model
     */
    public static OnnxSession open(Path file, int intraOpThreads) {
        return open(file, intraOpThreads, 0, -1);
    }

    /**
     * Loads an ONNX file.
     *
     * @param intraOpThreads threads within one operator; 0 lets the runtime decide (all cores)
     * @param interOpThreads threads across independent operators; 0 lets the runtime decide
     * @param gpu the CUDA device to run on (it needs {@link #cudaAvailable()}), or -1 for the CPU
     * @throws IllegalArgumentException naming the file when it is missing or not a loadable ONNX model
     */
    public static OnnxSession open(Path file, int intraOpThreads, int interOpThreads, int gpu) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("ONNX model file not found: " + file);
        }
        try (OrtSession.SessionOptions options = options(intraOpThreads, interOpThreads, gpu)) {
            return new OnnxSession(file.toString(), ENV.createSession(file.toString(), options));
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot load ONNX model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads an ONNX model held in memory, as {@link #open(Path, int, int, int)}.
     *
     * @param name names the model in messages
     * @throws IllegalArgumentException naming the model when the bytes are not a loadable ONNX model
     */
    public static OnnxSession open(byte[] model, String name, int intraOpThreads, int interOpThreads, int gpu) {
        try (OrtSession.SessionOptions options = options(intraOpThreads, interOpThreads, gpu)) {
            return new OnnxSession(name, ENV.createSession(model, options));
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot load ONNX model " + name + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(int intraOpThreads, int interOpThreads, int gpu)
            throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(requireThreads("intraOpThreads", intraOpThreads));
            if (requireThreads("interOpThreads", interOpThreads) > 0) {
                options.setInterOpNumThreads(interOpThreads);
            }
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (gpu >= 0) {
                options.addCUDA(gpu);
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /**
     * Whether this ONNX Runtime offers the CUDA execution provider (only the {@code onnxruntime_gpu} artifact
     * does).
     */
    public static boolean cudaAvailable() {
        return ENV.getAvailableProviders().contains(OrtProvider.CUDA);
    }

    /**
     * Checks a model-variant file-name suffix: empty (fp32) or like {@code "_quantized"}, {@code "_fp16"}.
     *
     * @return the suffix
     * @throws IllegalArgumentException naming the suffix otherwise
     */
    public static String requireVariant(String fileSuffix) {
        if (fileSuffix == null || !fileSuffix.isEmpty() && !fileSuffix.matches("_[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("fileSuffix must be empty or like \"_quantized\", got \""
                    + fileSuffix + "\"");
        }
        return fileSuffix;
    }

    /**
     * Checks an ONNX Runtime thread-count setting.
     *
     * @param name the setting's name, used in the message
     * @return the count
     * @throws IllegalArgumentException when negative
     */
    public static int requireThreads(String name, int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 (0 = ONNX Runtime's default), got " + threads);
        }
        return threads;
    }

    /** The model file or name, for messages. */
    public String source() {
        return source;
    }

    /** Input names in the model's order. */
    public List<String> inputNames() {
        return new ArrayList<>(inputs.keySet());
    }

    /** Output names in the model's order. */
    public List<String> outputNames() {
        return new ArrayList<>(outputs.keySet());
    }

    /** Whether the model has an input of this name. */
    public boolean hasInput(String name) {
        return inputs.containsKey(name);
    }

    /** Whether the model has an output of this name. */
    public boolean hasOutput(String name) {
        return outputs.containsKey(name);
    }

    /** The declared shape of an input, -1 for dynamic axes. */
    public long[] inputShape(String name) {
        return info(inputs, name, "input").getShape();
    }

    /** The declared shape of an output, -1 for dynamic axes. */
    public long[] outputShape(String name) {
        return info(outputs, name, "output").getShape();
    }

    private TensorInfo info(Map<String, TensorInfo> map, String name, String what) {
        TensorInfo t = map.get(name);
        if (t == null) {
            throw new IllegalArgumentException(source + " has no " + what + " named '" + name + "'; it has "
                    + map.keySet());
        }
        return t;
    }

    /** A float32 tensor of the given shape over {@code data} (row-major). */
    public static OnnxTensor floats(float[] data, long... shape) {
        try {
            return OnnxTensor.createTensor(ENV, FloatBuffer.wrap(data), shape);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot create a float tensor: " + e.getMessage(), e);
        }
    }

    /** An int64 tensor of the given shape over {@code data} (row-major). */
    public static OnnxTensor longs(long[] data, long... shape) {
        try {
            return OnnxTensor.createTensor(ENV, LongBuffer.wrap(data), shape);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot create an int64 tensor: " + e.getMessage(), e);
        }
    }

    /** A bool tensor of shape {@code [1]}. */
    public static OnnxTensor bool(boolean value) {
        try {
            return OnnxTensor.createTensor(ENV, new boolean[] {value});
        } catch (OrtException e) {
            throw new IllegalStateException("cannot create a bool tensor: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the model. The caller closes the inputs and the result.
     *
     * @throws IllegalStateException naming the model file when ONNX Runtime fails
     */
    public OrtSession.Result run(Map<String, OnnxTensor> feeds) {
        try {
            return session.run(feeds);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed running " + source + ": " + e.getMessage(), e);
        }
    }

    /** The float32 values of a named output, copied, in row-major order. */
    public static float[] floatsOf(OrtSession.Result result, String name) {
        OnnxValue v = result.get(name).orElseThrow(() -> new IllegalStateException("no output " + name));
        FloatBuffer buffer = ((OnnxTensor) v).getFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    /** The runtime shape of a named output. */
    public static long[] shapeOf(OrtSession.Result result, String name) {
        OnnxValue v = result.get(name).orElseThrow(() -> new IllegalStateException("no output " + name));
        return ((OnnxTensor) v).getInfo().getShape();
    }

    /** Closes all tensors of a feed map. */
    public static void closeAll(Map<String, OnnxTensor> feeds) {
        feeds.values().forEach(OnnxTensor::close);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close " + source + ": " + e.getMessage(), e);
        }
    }
}
