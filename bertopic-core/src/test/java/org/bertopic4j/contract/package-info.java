/**
 * Shared stage contract tests (CONTRACT-TESTS.md), scikit-learn's {@code check_estimator} idea for
 * this library: an abstract JUnit 5 class per stage interface that every implementation's test class
 * extends, supplying only a factory, so that each implementation gets the whole battery. Published in
 * the core test-jar for the other modules.
 */
package org.bertopic4j.contract;
