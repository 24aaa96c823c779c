/**
 * UMAP, BERTopic's default dimension reducer, ported from umap-learn 0.5. {@link org.bertopic4j.umap.Umap}
 * is the configuration (with BERTopic's defaults) and {@link org.bertopic4j.umap.UmapModel} the fitted
 * result with {@code transform}. The steps live in package-private files named after them, as in
 * umap-learn: exact ({@code ExactKnn}) or approximate ({@code NnDescent} seeded by {@code RpForest})
 * nearest neighbours, {@code FuzzySimplicialSet}, {@code CurveParameters} (find_ab_params),
 * {@code SpectralInit} and {@code Initialisation}, and the SGD {@code Layout}. All parallel steps
 * split work into fixed blocks with per-block random streams, so a seeded fit is bit-identical on
 * any number of threads.
 */
package org.bertopic4j.umap;
