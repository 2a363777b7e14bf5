package dev.eager.workload.orm;

import java.util.Arrays;

/** One {@code DataRow}: the text values of its columns, {@code null} for SQL NULL. */
public record Row(String[] values) {
    /** The value of column {@code index} as text. */
    public String text(int index) {
        return values[index];
    }

    /** The value of column {@code index} as an int. */
    public int integer(int index) {
        return Integer.parseInt(values[index]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
