/**
 * Sentence embeddings: {@link org.bertopic4j.djl.text.SentenceEmbedder}, BERTopic's default text backend, runs a
 * sentence-transformers ONNX export (a directory, a Hugging Face id, or the all-MiniLM-L6-v2 files shipped in an
 * optional Maven artifact) on ONNX Runtime, or a TorchScript trace of one on DJL's PyTorch engine, on the CPU or
 * a GPU ({@link org.bertopic4j.djl.engine.ModelRunner}), with the model's own tokenizer, pooling
 * ({@link org.bertopic4j.djl.text.Pooling}) and normalisation. Documents are tokenised, grouped by length and
 * padded per batch only as far as that batch needs, which keeps long corpora of short texts fast while
 * returning rows in input order; results match sentence-transformers to float rounding.
 */
package org.bertopic4j.djl.text;
