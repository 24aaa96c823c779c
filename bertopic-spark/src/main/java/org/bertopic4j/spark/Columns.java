package org.bertopic4j.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Column checks made on the driver before any job runs, and reading of column values on executors. */
final class Columns {
    private Columns() {
    }

    /** Checks a builder's column-name argument. */
    static String requireName(String argument, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(argument + " is " + (name == null ? "null" : "blank \"" + name + "\"")
                    + ": give the name of a column");
        }
        return name;
    }

    /** The index of {@code name} in {@code schema}; its type must be one of {@code types} (any type when none given). */
    static int require(StructType schema, String argument, String name, DataType... types) {
        List<String> names = Arrays.asList(schema.fieldNames());
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(argument + " \"" + name + "\" is not a column of the dataset; its columns are "
                    + names + ": name an existing column");
        }
        DataType type = schema.fields()[index].dataType();
        if (types.length == 0) {
            return index;
        }
        for (DataType t : types) {
            if (t.equals(type) || (t instanceof ArrayType a && type instanceof ArrayType b
                    && a.elementType().equals(b.elementType()))) {
                return index;
            }
        }
        throw new IllegalArgumentException(argument + " \"" + name + "\" has type " + type.simpleString()
                + "; give a column of type " + Arrays.stream(types).map(DataType::simpleString).toList());
    }

    /** Requires that {@code name} is not yet a column (an output column). */
    static void requireAbsent(StructType schema, String argument, String name) {
        if (Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException(argument + " \"" + name + "\" is already a column of the dataset: "
                    + "choose another output column name or drop that column");
        }
    }

    /** The types an embedding column may have: array of float or double, or a Spark ML vector. */
    static DataType[] embeddingTypes() {
        return new DataType[] {DataTypes.createArrayType(DataTypes.FloatType),
            DataTypes.createArrayType(DataTypes.DoubleType), SQLDataTypes.VectorType()};
    }

    /** Reads one embedding; null values and null elements are errors naming the row. */
    static float[] embedding(Row row, int index, String column, Object id) {
        Object value = row.get(index);
        if (value == null) {
            throw new IllegalArgumentException("embedding column \"" + column + "\" is null in row " + id + " on "
                    + ExecutorInfo.describe() + ": embed every row first (SparkEmbedder) or filter the nulls out");
        }
        if (value instanceof Vector v) {
            double[] d = v.toArray();
            float[] out = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = (float) d[i];
            }
            return out;
        }
        List<Object> list = row.getList(index);
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object e = list.get(i);
            if (e == null) {
                throw new IllegalArgumentException("embedding column \"" + column + "\" has a null element at " + i
                        + " in row " + id + ": give complete embeddings");
            }
            out[i] = ((Number) e).floatValue();
        }
        return out;
    }

    /** Reads a text value; a null is an error naming the column, the row and the executor. */
    static String text(Row row, int index, String column, Object id) {
        String value = row.getString(index);
        if (value == null) {
            throw new IllegalArgumentException("text column \"" + column + "\" is null in row " + id + " on "
                    + ExecutorInfo.describe() + ": use an empty string for a row without text, or filter the nulls out");
        }
        return value;
    }

    /** The id used in error messages: the id column's value, or the row itself when there is no id column. */
    static Object id(Row row, int idIndex) {
        return idIndex < 0 ? "(no id column)" : "id=" + row.get(idIndex);
    }
}
