/**
 * Runs a model file on named inputs whatever its engine: {@link org.bertopic4j.djl.engine.ModelRunner} opens
 * ONNX files ({@code *.onnx}) on ONNX Runtime and TorchScript files ({@code *.pt}) on DJL's PyTorch engine
 * ({@link org.bertopic4j.djl.engine.ModelFormat}), takes and gives {@link org.bertopic4j.djl.engine.Tensor}s
 * by name, and places the model on the CPU or a GPU as {@link org.bertopic4j.djl.engine.ComputeDevice} asks
 * (by default a GPU when the engine can use one). The text, CLIP and image backends are written against this
 * interface only, so the same code runs both formats on either device. The PyTorch engine is not a
 * dependency of this module: applications that load TorchScript files add its three jars (docs/models.md).
 */
package org.bertopic4j.djl.engine;
