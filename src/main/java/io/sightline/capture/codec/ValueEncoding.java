package io.sightline.capture.codec;

/**
 * How a series' values are stored. {@link #scaled(double)} keeps {@code round(value × divisor)} as an integer —
 * the declared resolution is {@code 1 / divisor} (latency in ms with divisor 1000 is stored as whole µs) — and
 * compresses far better than raw doubles. {@link #XOR} keeps every double bit-exact.
 *
 * @param divisor integer units per value unit; ignored for XOR
 */
public record ValueEncoding(Kind kind, double divisor) {
    public enum Kind { SCALED, XOR }

    public static final ValueEncoding XOR = new ValueEncoding(Kind.XOR, 1);

    public ValueEncoding {
        if (kind == Kind.SCALED && !(divisor >= 1 && divisor <= 1e9 && divisor == Math.rint(divisor))) {
            throw new IllegalArgumentException("a scaled encoding needs a whole divisor in 1..1e9, not " + divisor);
        }
    }

    public static ValueEncoding scaled(double divisor) {
        return new ValueEncoding(Kind.SCALED, divisor);
    }

    /** The declared resolution as people read it: {@code 1}, {@code 0.001}, or {@code exact}. */
    public String describe() {
        if (kind == Kind.XOR) {
            return "exact";
        }
        return divisor == 1 ? "1" : java.math.BigDecimal.ONE.divide(java.math.BigDecimal.valueOf((long) divisor)).toPlainString();
    }
}
