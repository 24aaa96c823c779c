package org.bertopic4j.persist;

import java.util.Map;

/**
 * A fitted {@link org.bertopic4j.Reduction} or {@link org.bertopic4j.Clustering} that can be saved in the
 * Java extension of a model directory and rebuilt by the loader registered for its {@link #kind()} in
 * {@link StageLoaders}. Only arrays and plain JSON values are stored, never Java objects.
 */
public interface PersistableStage {

    /** The name of the loader that rebuilds this stage, e.g. {@code "umap"}; letters, digits, '_', '.', '-'. */
    String kind();

    /** The arrays of the fitted state, by name. */
    Map<String, Tensor> tensors();

    /** The scalar parameters: numbers, strings, booleans, lists and maps of these. */
    Map<String, Object> params();
}
