package org.bertopic4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The seeded sample a distributed fit runs on. Every row gets a key, {@code xxhash64(id, seed)}; a fraction
 * keeps the rows whose key falls in the first {@code fraction} of the key range, a size keeps the rows with
 * the smallest keys. Both depend only on the ids and the seed, never on the partitioning, and the sample is
 * collected in key order (ties by id), so the driver fits on the same documents in the same order however
 * the data is split.
 */
final class SampleSelector {
    private static final String KEY = "__bertopic4j_sample_key";
    private static final long RANGE = 1L << 40;

    private SampleSelector() {
    }

    /** The sampled rows of {@code data} (which holds the columns the fit needs), collected to the driver. */
    static List<Row> collect(Dataset<Row> data, String idColumn, long seed, int size, double fraction) {
        Column key = xxhash64(col(idColumn), lit(seed));
        Dataset<Row> keyed = data.withColumn(KEY, key);
        if (fraction > 0) {
            keyed = keyed.filter(pmod(col(KEY), lit(RANGE)).lt(lit((long) Math.floor(fraction * RANGE))));
        }
        Dataset<Row> ordered = keyed.orderBy(col(KEY), col(idColumn));
        if (size > 0) {
            ordered = ordered.limit(size);
        }
        return ordered.drop(KEY).collectAsList();
    }
}
