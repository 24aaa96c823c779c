/**
 * CLIP as a BERTopic multimodal backend: {@link org.bertopic4j.djl.clip.ClipBackend} embeds documents,
 * words and images with ONNX exports of CLIP (separate text and vision towers or the combined graph) or
 * TorchScript towers,
 * truncating documents to 77 tokens exactly as BERTopic does and preprocessing images exactly as
 * CLIPImageProcessor, and fuses text and image rows as BERTopic's MultiModalBackend.
 */
package org.bertopic4j.djl.clip;
