package org.bertopic4j.djl.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.djl.engine.ModelOutputs;
import org.bertopic4j.djl.engine.ModelRunner;
import org.bertopic4j.djl.engine.Tensor;

/**
 * Runs a transformer encoder on a {@link TokenBatch}, under the model's own input names ({@code input_ids},
 * {@code attention_mask}, and {@code token_type_ids} only when the model has it), and pools its token output
 * ({@code last_hidden_state}, else the first output) into sentence vectors. Thread-safe.
 */
final class TokenEncoder {
    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final List<String> KNOWN_INPUTS = List.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);
    private static final String TOKEN_OUTPUT = "last_hidden_state";

    private final ModelRunner model;
    private final Pooling pooling;
    private final boolean normalize;

    TokenEncoder(ModelRunner model, Pooling pooling, boolean normalize) {
        List<String> inputNames = model.inputNames();
        for (String name : inputNames) {
            if (!KNOWN_INPUTS.contains(name)) {
                throw new IllegalArgumentException("the model " + model.source() + " has an input '" + name
                        + "' that a sentence embedder cannot fill; expected only " + KNOWN_INPUTS);
            }
        }
        if (!inputNames.contains(INPUT_IDS)) {
            throw new IllegalArgumentException("the model " + model.source() + " has no input_ids input (inputs: "
                    + inputNames + "); give a transformer encoder export");
        }
        this.model = model;
        this.pooling = pooling;
        this.normalize = normalize;
    }

    /** One pooled (and, if asked, L2-normalised) vector per row of the batch. */
    float[][] encode(TokenBatch batch) {
        Map<String, Tensor> feeds = new HashMap<>();
        for (String name : model.inputNames()) {
            long[] data = switch (name) {
                case INPUT_IDS -> batch.ids();
                case ATTENTION_MASK -> batch.mask();
                default -> new long[batch.ids().length]; // token_type_ids: one segment
            };
            feeds.put(name, Tensor.ofLongs(data, batch.rows(), batch.seqLen()));
        }
        ModelOutputs outputs = model.run(feeds);
        Tensor tokens = outputs.has(TOKEN_OUTPUT) ? outputs.get(TOKEN_OUTPUT) : outputs.first();
        long[] shape = tokens.shape();
        if (shape.length != 3) {
            throw new IllegalStateException("expected token embeddings [batch, sequence, width] from " + model.source()
                    + ", got " + tokens);
        }
        int seqLen = (int) shape[1];
        int width = (int) shape[2];
        float[] hidden = tokens.floats();
        float[][] out = new float[batch.rows()][];
        for (int i = 0; i < batch.rows(); i++) {
            out[i] = pooling.pool(hidden, i, seqLen, width, batch.lengths()[i]);
            if (normalize) {
                Pooling.normalize(out[i]);
            }
        }
        return out;
    }

    /** The model. */
    ModelRunner model() {
        return model;
    }
}
