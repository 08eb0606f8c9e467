package org.oretrace.app.web;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Faces view of every module is well-formed XML. Facelets refuses a view that is not, but only when a user opens
 * it (a 500 page): a straight quote inside an attribute slipped through two branches that way. HTML entities such as
 * {@code &nbsp;} are Facelets' business, not XML's, so they are blanked before parsing.
 */
class ViewsAreWellFormedTest {

    @Test
    void everyViewOfEveryModuleParses() throws Exception {
        Path modules = Path.of("..").toAbsolutePath().normalize();
        List<Path> views;
        try (Stream<Path> files = Files.walk(modules)) {
            views = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> p.toString().contains("/src/main/")).toList();
        }
        assertThat(views).as("views found under " + modules).hasSizeGreaterThan(30);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> broken = new ArrayList<>();
        for (Path view : views) {
            try {
                factory.newSAXParser().parse(new ByteArrayInputStream(withoutHtmlEntities(view)),
                        new org.xml.sax.helpers.DefaultHandler());
            } catch (SAXParseException e) {
                broken.add(modules.relativize(view) + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        }
        assertThat(broken).as("views that are not well-formed XML").isEmpty();
    }

    private static byte[] withoutHtmlEntities(Path view) throws IOException {
        String text = Files.readString(view, StandardCharsets.UTF_8)
                .replaceAll("&(?!(amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)[A-Za-z]+;", " ");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
