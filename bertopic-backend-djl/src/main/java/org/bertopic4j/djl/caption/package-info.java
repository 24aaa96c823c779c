/**
 * Image captioning with VisionEncoderDecoder ONNX exports (vit-gpt2-image-captioning and look-alikes):
 * {@link org.bertopic4j.djl.caption.OnnxImageCaptioner} runs the encoder once per image and the decoder
 * step by step, with the cached keys and values of a merged decoder or by re-feeding the sequence to a
 * plain one, decoding greedily or by beam search exactly as transformers' {@code generate} defaults do.
 * It implements {@link org.bertopic4j.ImageCaptioner}, used by the visual representation of image topics.
 */
package org.bertopic4j.djl.caption;
