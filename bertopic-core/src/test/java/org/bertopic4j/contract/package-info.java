/**
 * Abstract JUnit 5 contracts for the stage interfaces (CONTRACT-TESTS.md), scikit-learn's
 * {@code check_estimator} idea: every implementation's test class extends the contract of its stage and
 * supplies a factory method, and so gets the whole battery of input-validation, determinism,
 * invariance and concurrency checks. Published in bertopic-core's test jar for the other modules.
 */
package org.bertopic4j.contract;
