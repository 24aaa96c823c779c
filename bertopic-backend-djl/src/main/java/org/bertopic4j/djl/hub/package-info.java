/**
 * Hugging Face model resolution: {@link org.bertopic4j.djl.hub.ModelResolver} turns a model id into local
 * files through the cache layout huggingface_hub uses ({@code models--org--name/refs}, {@code blobs},
 * {@code snapshots}), so Python and Java share one cache. Missing files are downloaded with the Hub's resolve
 * protocol (redirects, token only to the Hub itself, size and checksum verified, atomic moves); offline mode
 * reads the cache alone. Local model directories pass straight through.
 */
package org.bertopic4j.djl.hub;
