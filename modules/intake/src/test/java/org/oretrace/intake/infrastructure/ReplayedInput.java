package org.oretrace.intake.infrastructure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * A fuzzing input replayed in plain Java, without Jazzer's agent or native driver: the calls the harness
 * ({@link ReaderFuzzing}) makes, answered as Jazzer's {@code FuzzedDataProvider} answers them (libFuzzer's rules):
 * integers in a range are taken from the end of the input, one byte per 8 bits of the range, big end last, modulo
 * the range's size; a boolean is the lowest bit of one byte from the end; bytes are taken from the front; an
 * exhausted input gives the minimum and no bytes.
 */
final class ReplayedInput {

    private final byte[] data;
    private int front;
    private int end;

    private ReplayedInput(byte[] data) {
        this.data = data;
        this.end = data.length;
    }

    /** A {@link FuzzedDataProvider} over {@code data} for the harness's calls (others are not needed, and refused). */
    static FuzzedDataProvider of(byte[] data) {
        ReplayedInput input = new ReplayedInput(data.clone());
        return (FuzzedDataProvider) Proxy.newProxyInstance(FuzzedDataProvider.class.getClassLoader(),
                new Class<?>[] {FuzzedDataProvider.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "consumeBoolean" -> (input.inRange(0, 255) & 1) == 1;
                    case "consumeInt" -> {
                        if (args == null || args.length != 2) {
                            throw new UnsupportedOperationException("consumeInt()");
                        }
                        yield (int) input.inRange((Integer) args[0], (Integer) args[1]);
                    }
                    case "consumeBytes" -> input.bytes((Integer) args[0]);
                    case "remainingBytes" -> input.end - input.front;
                    case "toString" -> "ReplayedInput" + Arrays.toString(data);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName() + " is not used by the harness");
                });
    }

    private long inRange(long min, long max) {
        long range = max - min;
        long result = 0;
        int offset = 0;
        while (offset < 64 && (range >>> offset) > 0 && end > front) {
            result = (result << 8) | (data[--end] & 0xFF);
            offset += 8;
        }
        if (range != -1) {
            result = Long.remainderUnsigned(result, range + 1);
        }
        return min + result;
    }

    private byte[] bytes(int max) {
        int n = Math.max(0, Math.min(max, end - front));
        byte[] out = Arrays.copyOfRange(data, front, front + n);
        front += n;
        return out;
    }
}
