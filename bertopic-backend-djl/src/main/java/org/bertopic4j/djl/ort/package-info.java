/**
 * A thin, thread-safe wrapper over ONNX Runtime sessions (the runtime DJL's OnnxRuntime engine ships),
 * under the ONNX side of {@link org.bertopic4j.djl.engine.ModelRunner} and used directly by the captioner
 * (ONNX only, on the CPU): it loads a model file with clear errors,
 * exposes the declared input and output names and shapes, and creates the float32, int64 and bool
 * tensors those exports take. Named inputs, zero-length past tensors and concurrent runs on one session
 * are what the backends need and what this package provides.
 */
package org.bertopic4j.djl.ort;
