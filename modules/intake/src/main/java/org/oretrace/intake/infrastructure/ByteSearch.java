package org.oretrace.intake.infrastructure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds a byte in an array eight bytes at a time (issue 18: looking for the next {@code <} and {@code >} was the
 * largest single cost of reading a CMRT, whose Smelter List is megabytes of formulas). Exact: the same answer as a
 * loop over every byte, in time linear in the bytes looked at.
 */
final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteSearch() {
    }

    /** The first index in {@code [from, to)} holding {@code value}, or -1. */
    static int indexOf(byte[] b, byte value, int from, int to) {
        int i = Math.max(from, 0);
        long pattern = (value & 0xFFL) * ONES;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(b, i) ^ pattern;
            // a byte of v is zero where the value is; the lowest flagged byte is always a true one (a false flag can
            // only sit above a true zero, where the borrow came from), so it is the first match in little-endian order
            long found = (v - ONES) & ~v & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
