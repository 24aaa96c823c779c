/**
 * Abstract JUnit 5 contract batteries, one per stage interface (docs/CONTRACT-TESTS.md), in the spirit of
 * scikit-learn's {@code check_estimator}: an implementation's test class extends the contract
 * ({@link org.bertopic4j.contract.ClustererContract}, {@link org.bertopic4j.contract.VectorizerContract},
 * {@link org.bertopic4j.contract.EmbeddingBackendContract},
 * {@link org.bertopic4j.contract.RepresentationModelContract}), supplies a factory method, and inherits every
 * check (input validation, shapes, determinism, concurrency, invariances).
 * {@link org.bertopic4j.contract.ContextCapture} records a real fitted state for the representation-model
 * contract. Published in the core test-jar so other modules can extend them.
 */
package org.bertopic4j.contract;
