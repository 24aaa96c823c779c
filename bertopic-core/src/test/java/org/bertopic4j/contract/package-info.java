/**
<<<<<<< HEAD
 * Abstract JUnit 5 contracts for the stage interfaces (CONTRACT-TESTS.md), scikit-learn's
 * {@code check_estimator} idea: every implementation's test class extends the contract of its stage and
 * supplies a factory method, and so gets the whole battery of input-validation, determinism,
 * invariance and concurrency checks. Published in bertopic-core's test jar for the other modules.
=======
 * Abstract JUnit 5 contract batteries, one per stage interface (docs/CONTRACT-TESTS.md), in the spirit of
 * scikit-learn's {@code check_estimator}: an implementation's test class extends the contract, supplies a
 * factory method, and inherits every check (input validation, shapes, determinism, concurrency,
 * invariances). Published in the core test-jar so other modules can extend them.
>>>>>>> djl
 */
package org.bertopic4j.contract;
