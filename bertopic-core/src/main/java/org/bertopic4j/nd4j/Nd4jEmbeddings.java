package org.bertopic4j.nd4j;

import java.util.Objects;
import org.bertopic4j.Corpus;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Hands ND4J arrays to BERTopic4j: embeddings computed with DL4J/ND4J become the {@code float[][]}
 * the pipeline takes. ND4J is an optional dependency: add {@code org.nd4j:nd4j-api} and a backend
 * (for example {@code nd4j-native-platform}) to use this class; nothing else in the library needs it.
 *
 * <pre>{@code
 * INDArray vectors = ...;                              // n x d, from DL4J
 * Corpus corpus = Nd4jEmbeddings.withEmbeddings(Corpus.of(documents), vectors);
 * }</pre>
 */
public final class Nd4jEmbeddings {
    private Nd4jEmbeddings() {
    }

    /**
     * Copies an n x d matrix into rows of floats.
     *
     * @throws IllegalArgumentException when {@code array} is null, not a matrix, or empty
     */
    public static float[][] toMatrix(INDArray array) {
        if (array == null) {
            throw new IllegalArgumentException("array is null: give an n x d INDArray of embeddings");
        }
        if (array.rank() != 2) {
            throw new IllegalArgumentException("array must be a matrix (rank 2, n x d), got rank " + array.rank()
                    + "; reshape it, for example array.reshape(n, d)");
        }
        long rows = array.rows();
        long cols = array.columns();
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("array is empty (" + rows + " x " + cols + "): give at least one row and column");
        }
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array is too large: " + rows + " x " + cols);
        }
        float[][] out = new float[(int) rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = array.getRow(i).dup().toFloatVector();
        }
        return out;
    }

    /** {@code corpus} with the array's rows as its embeddings (validated like {@link Corpus#withEmbeddings}). */
    public static Corpus withEmbeddings(Corpus corpus, INDArray array) {
        Objects.requireNonNull(corpus, "corpus");
        return corpus.withEmbeddings(toMatrix(array));
    }
}
