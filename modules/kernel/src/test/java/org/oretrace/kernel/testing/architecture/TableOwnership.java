package org.oretrace.kernel.testing.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns each table and view, read from the Flyway migrations on the class path: a module owns what its own
 * folder {@code db/migration/<module>/} creates. A view a module creates is part of its published contract (another
 * module may read it); a table is not.
 */
public final class TableOwnership {

    /** Every module with a migration folder. */
    public static final List<String> MODULES = List.of("kernel", "registry", "outreach", "intake", "filing", "app");

    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z_][a-z0-9_]*)\"?");

    /** @param view true for a view (a module's published read model), false for a table (internal) */
    public record Owner(String module, boolean view) {
    }

    private final Map<String, Owner> owners;

    private TableOwnership(Map<String, Owner> owners) {
        this.owners = owners;
    }

    /** The ownership of every table and view the migrations on this class path create. */
    public static TableOwnership fromClassPath() {
        Map<String, Owner> owners = new LinkedHashMap<>();
        for (String module : MODULES) {
            for (String sql : migrations(module)) {
                Matcher m = CREATE.matcher(sql);
                while (m.find()) {
                    owners.put(m.group(2).toLowerCase(Locale.ROOT), new Owner(module, m.group(1).equalsIgnoreCase("view")));
                }
            }
        }
        return new TableOwnership(owners);
    }

    public Optional<Owner> owner(String tableOrView) {
        return Optional.ofNullable(owners.get(tableOrView.toLowerCase(Locale.ROOT)));
    }

    public Map<String, Owner> all() {
        return Map.copyOf(owners);
    }

    private static List<String> migrations(String module) {
        String folder = "db/migration/" + module;
        List<String> scripts = new java.util.ArrayList<>();
        try {
            Enumeration<URL> urls = TableOwnership.class.getClassLoader().getResources(folder);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        for (Path p : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                            scripts.add(Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (JarEntry e : jar.stream().filter(e -> e.getName().startsWith(folder + "/") && e.getName().endsWith(".sql")).toList()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return scripts;
    }
}
