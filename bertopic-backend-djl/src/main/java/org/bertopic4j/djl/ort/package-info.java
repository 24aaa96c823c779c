/**
 * A thin, thread-safe wrapper over ONNX Runtime sessions (the runtime DJL's OnnxRuntime engine ships),
 * shared by the image feature, CLIP and captioning backends: it loads a model file with clear errors,
 * exposes the declared input and output names and shapes, and creates the float32, int64 and bool
 * tensors those exports take. Named inputs, zero-length past tensors and concurrent runs on one session
 * are what the backends need and what this package provides.
 */
package org.bertopic4j.djl.ort;
