/**
 * Embedding backends on DJL and ONNX Runtime (ONNX models) or DJL's PyTorch engine (TorchScript models),
 * through the engine-neutral {@link org.bertopic4j.djl.engine.ModelRunner}. This package holds what the text and
 * image backends share for multimodal corpora: {@link org.bertopic4j.djl.MultimodalBackend}, which composes any text backend
 * with any image backend, and {@link org.bertopic4j.djl.Fusion}, the row-wise combination of a text and an
 * image embedding (BERTopic's element-wise mean, a normalised mean, or weighted concatenation for models
 * that do not share a space). The CLIP backend, the image feature backend, image preprocessing and the
 * captioner live in the sub-packages.
 */
package org.bertopic4j.djl;
