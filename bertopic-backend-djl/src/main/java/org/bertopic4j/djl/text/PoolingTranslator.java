package org.bertopic4j.djl.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/**
 * Feeds a {@link TokenBatch} to a transformer ONNX graph under the graph's own input names
 * ({@code input_ids}, {@code attention_mask}, and {@code token_type_ids} only when the graph has it)
 * and pools the token output ({@code last_hidden_state}, else the first output) into sentence vectors.
 */
final class PoolingTranslator implements NoBatchifyTranslator<TokenBatch, float[][]> {
    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final List<String> KNOWN_INPUTS = List.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    private final List<String> inputNames;
    private final Pooling pooling;
    private final boolean normalize;

    PoolingTranslator(List<String> inputNames, Pooling pooling, boolean normalize) {
        for (String name : inputNames) {
            if (!KNOWN_INPUTS.contains(name)) {
                throw new IllegalArgumentException("the ONNX model has an input '" + name + "' that a sentence"
                        + " embedder cannot fill; expected only " + KNOWN_INPUTS);
            }
        }
        if (!inputNames.contains(INPUT_IDS)) {
            throw new IllegalArgumentException("the ONNX model has no input_ids input (inputs: " + inputNames
                    + "); give a transformer encoder export");
        }
        this.inputNames = List.copyOf(inputNames);
        this.pooling = pooling;
        this.normalize = normalize;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, TokenBatch batch) {
        ctx.setAttachment(TokenBatch.class.getName(), batch);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(batch.rows(), batch.seqLen());
        NDList inputs = new NDList(inputNames.size());
        for (String name : inputNames) {
            long[] data = switch (name) {
                case INPUT_IDS -> batch.ids();
                case ATTENTION_MASK -> batch.mask();
                default -> new long[batch.ids().length]; // token_type_ids: one segment
            };
            NDArray array = manager.create(data, shape);
            array.setName(name);
            inputs.add(array);
        }
        return inputs;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray tokens = outputs.get("last_hidden_state");
        if (tokens == null) {
            tokens = outputs.get(0);
        }
        Shape shape = tokens.getShape();
        if (shape.dimension() != 3) {
            throw new IllegalStateException("expected token embeddings [batch, sequence, width] from the ONNX model,"
                    + " got shape " + shape + " (output '" + tokens.getName() + "')");
        }
        int seqLen = (int) shape.get(1);
        int width = (int) shape.get(2);
        float[] hidden = tokens.toFloatArray();
        TokenBatch batch = (TokenBatch) ctx.getAttachment(TokenBatch.class.getName());
        float[][] out = new float[batch.rows()][];
        for (int i = 0; i < batch.rows(); i++) {
            out[i] = pooling.pool(hidden, i, seqLen, width, batch.lengths()[i]);
            if (normalize) {
                Pooling.normalize(out[i]);
            }
        }
        return out;
    }
}
