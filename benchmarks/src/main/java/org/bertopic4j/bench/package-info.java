/**
 * Benchmark mains, one per benchmark, each printing one JSON object on stdout (see
 * docs/benchmarks.md); {@link org.bertopic4j.bench.BenchmarkReport} and
 * {@link org.bertopic4j.bench.BenchmarkArgs} are the shared plumbing.
 */
package org.bertopic4j.bench;
