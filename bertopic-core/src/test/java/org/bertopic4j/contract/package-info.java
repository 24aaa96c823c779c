/**
 * Abstract JUnit 5 contracts that every implementation of a stage interface passes (see
 * CONTRACT-TESTS.md): {@link org.bertopic4j.contract.ClustererContract} for clusterers. A new
 * implementation's test extends the contract and supplies a factory method; other modules reach these
 * classes through bertopic-core's test jar.
 */
package org.bertopic4j.contract;
