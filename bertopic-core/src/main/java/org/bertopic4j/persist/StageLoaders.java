package org.bertopic4j.persist;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bertopic4j.Clustering;
import org.bertopic4j.Reduction;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.cluster.KMeansClusterer;
import org.bertopic4j.hdbscan.HdbscanModel;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.reduce.PcaReducer;
import org.bertopic4j.umap.UmapModel;

/**
 * The registry of loaders that rebuild a fitted stage from its saved {@link PersistableStage} state, by
 * kind. The identity reducer, UMAP, PCA, the given-labels clusterer, HDBSCAN and k-means are built in;
 * other stages register theirs, e.g. {@code StageLoaders.registerClustering("my_kind", MyClustering::restore)}.
 * Thread-safe.
 */
public final class StageLoaders {
    private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Map<String, Loader<Reduction>> REDUCTIONS = new ConcurrentHashMap<>();
    private static final Map<String, Loader<Clustering>> CLUSTERINGS = new ConcurrentHashMap<>();

    static {
        registerReduction(IdentityReducer.KIND, IdentityReducer::restore);
        registerReduction(UmapModel.KIND, UmapModel::restore);
        registerReduction(PcaReducer.KIND, PcaReducer::restore);
        registerClustering(GivenLabelsClusterer.KIND, GivenLabelsClusterer::restore);
        registerClustering(HdbscanModel.KIND, HdbscanModel::restore);
        registerClustering(KMeansClusterer.KIND, KMeansClusterer::restore);
    }

    private StageLoaders() {
    }

    /**
     * Rebuilds a fitted stage from its saved arrays and parameters.
     *
     * @param <T> the stage type
     */
    @FunctionalInterface
    public interface Loader<T> {
        /**
         * The fitted stage.
         *
         * @throws IllegalArgumentException when the state is inconsistent
         */
        T load(Map<String, Tensor> tensors, Map<String, Object> params);
    }

    /**
     * Registers (or replaces) the loader of a reduction kind.
     *
     * @throws IllegalArgumentException when the kind is not 1-64 letters, digits, '_', '.' or '-'
     */
    public static void registerReduction(String kind, Loader<Reduction> loader) {
        REDUCTIONS.put(requireKind(kind), Objects.requireNonNull(loader, "loader"));
    }

    /** Registers (or replaces) the loader of a clustering kind (see {@link #registerReduction}). */
    public static void registerClustering(String kind, Loader<Clustering> loader) {
        CLUSTERINGS.put(requireKind(kind), Objects.requireNonNull(loader, "loader"));
    }

    static String requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("stage kind '" + kind + "' must be 1-64 letters, digits, '_', '.' or '-'");
        }
        return kind;
    }

    static Reduction reduction(String kind, Map<String, Tensor> tensors, Map<String, Object> params) {
        return find(REDUCTIONS, "reduction", kind).load(tensors, params);
    }

    static Clustering clustering(String kind, Map<String, Tensor> tensors, Map<String, Object> params) {
        return find(CLUSTERINGS, "clustering", kind).load(tensors, params);
    }

    private static <T> Loader<T> find(Map<String, Loader<T>> loaders, String what, String kind) {
        Loader<T> l = loaders.get(kind);
        if (l == null) {
            throw new IllegalArgumentException("bertopic4j.json: no loader for the " + what + " kind '" + kind
                    + "'; register one with StageLoaders.register" + (what.equals("reduction") ? "Reduction" : "Clustering")
                    + " (known: " + new java.util.TreeSet<>(loaders.keySet()) + ")");
        }
        return l;
    }
}
