/**
 * Images into model inputs and feature vectors. {@link org.bertopic4j.djl.image.ImagePreprocessor}
 * reproduces transformers' PIL-based image processors bit for bit (RGB conversion, PIL's antialiased
 * resampling with its fixed-point rounding, centre crop, rescale, normalise) from a
 * {@code preprocessor_config.json} ({@link org.bertopic4j.djl.image.ImageProcessorConfig});
 * {@link org.bertopic4j.djl.image.ImageFeatureBackend} embeds images with any ONNX or TorchScript vision model;
 * batching, unreadable-image handling ({@link org.bertopic4j.djl.image.BadImagePolicy}) and the skip report
 * ({@link org.bertopic4j.djl.image.ImageEmbeddings}) are shared with the CLIP backend and the captioner.
 */
package org.bertopic4j.djl.image;
