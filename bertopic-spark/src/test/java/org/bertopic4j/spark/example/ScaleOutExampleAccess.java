package org.bertopic4j.spark.example;

import org.apache.spark.sql.SparkSession;

/** Lets tests run the example on their shared session (the example's main stops its session). */
public final class ScaleOutExampleAccess {
    private ScaleOutExampleAccess() {
    }

    /** {@code ScaleOutExample.run} with command-line style arguments. */
    public static String run(SparkSession spark, String... args) {
        return ScaleOutExample.run(spark, ScaleOutExample.options(args));
    }
}
