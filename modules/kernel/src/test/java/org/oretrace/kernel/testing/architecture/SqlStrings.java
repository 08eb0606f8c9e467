package org.oretrace.kernel.testing.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string constants of a compiled class (its constant pool: every literal, and every concatenation of constants the
 * compiler folded, such as a native query built from {@code static final} parts), and the table names SQL in them
 * names. Entity names in JPQL are written in CamelCase ("from Smelter s"), table names in lower case
 * ("FROM smelter s"), which is how the two are told apart.
 */
public final class SqlStrings {

    private static final Pattern TABLE = Pattern.compile(
            "(?i:\\b(?:from|join|into|update|exists|table)\\s+)([a-z_][a-z0-9_]*)\\b");

    private SqlStrings() {
    }

    /** The lower-case table names that SQL keywords in the class's string constants point at. */
    public static Set<String> tablesNamed(InputStream classFile) throws IOException {
        Set<String> tables = new LinkedHashSet<>();
        for (String constant : constants(classFile)) {
            Matcher m = TABLE.matcher(constant);
            while (m.find()) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }

    /** Every CONSTANT_String of a class file (JVMS 4.4). */
    static List<String> constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        List<String> result = new ArrayList<>();
        for (int index : strings) {
            if (utf8[index] != null) {
                result.add(utf8[index]);
            }
        }
        return result;
    }
}
