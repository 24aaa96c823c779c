/**
 * Topic representations beyond c-TF-IDF words, as BERTopic's {@code bertopic.representation}:
 * {@link org.bertopic4j.representation.KeyBERTInspired} re-ranks candidate words by embedding
 * similarity to the topic, {@link org.bertopic4j.representation.MaximalMarginalRelevance} thins them
 * out for diversity with the reusable {@link org.bertopic4j.representation.Mmr} selection, and
 * {@link org.bertopic4j.representation.VisualRepresentation} draws each topic as a tile of its most
 * representative images and, with an image captioner, turns image-only corpora into text.
 * {@link org.bertopic4j.representation.CaptionThenText} prepares image + text corpora by captioning.
 * The models plug into {@code BERTopic.Builder.representation(...)} (a chain) or
 * {@code BERTopic.Builder.aspect(name, ...)} (named aspects), read the fitted state through
 * {@link org.bertopic4j.RepresentationContext} by row id, and are immutable and thread-safe.
 */
package org.bertopic4j.representation;
