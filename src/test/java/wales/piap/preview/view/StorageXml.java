package wales.piap.preview.view;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads storage format: jsoup's XML parser for rendering (never its HTML parser, which lets
 * {@code <time />} swallow what follows), and a strict well-formedness check before a body is
 * saved. jsoup's XML parser repairs unbalanced tags silently, so the check uses the JDK's SAX
 * parser on the fragment wrapped in a root that declares the ac, ri and at prefixes.
 */
public final class StorageXml {

    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final String ROOT_START = "<piap-root xmlns:ac=\"http://atlassian.com/content\""
            + " xmlns:ri=\"http://atlassian.com/resource/identifier\""
            + " xmlns:at=\"http://atlassian.com/template\">";

    private StorageXml() {
    }

    /** Parses {@code storage} with jsoup's XML parser, keeping prefixed names as written. */
    public static Document parse(String storage) {
        Document document = Parser.xmlParser().parseInput(storage == null ? "" : storage, "");
        document.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return document;
    }

    /** Writes a parsed document back as storage format. */
    public static String serialize(Document document) {
        return document.html();
    }

    /**
     * Checks that {@code storage} is a well-formed fragment; returns the first problem with its
     * line and column, or empty when it is well-formed. Named entities are accepted when they
     * are HTML entities, a superset of the XHTML 1.0 set that Confluence accepts.
     */
    public static Optional<String> findWellFormednessError(String storage) {
        StringBuilder translated = new StringBuilder();
        Optional<String> entityError = translateEntities(storage, translated);
        if (entityError.isPresent()) {
            return entityError;
        }
        try {
            parseStrictly(translated.toString(), new DefaultHandler());
            return Optional.empty();
        } catch (SAXParseException e) {
            int column = e.getLineNumber() == 1
                    ? Math.max(1, e.getColumnNumber() - ROOT_START.length())
                    : e.getColumnNumber();
            return Optional.of("Line " + e.getLineNumber() + ", column " + column + ": "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Returns the deepest element nesting in {@code storage}, where a top-level element has
     * depth 1; 0 when it has no elements or is not well-formed. SAX reads the nesting without
     * recursion, so any depth is safe to measure.
     */
    public static int maxDepth(String storage) {
        StringBuilder translated = new StringBuilder();
        if (translateEntities(storage, translated).isPresent()) {
            return 0;
        }
        int[] depth = new int[2];
        try {
            parseStrictly(translated.toString(), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName,
                        Attributes attributes) {
                    depth[0]++;
                    depth[1] = Math.max(depth[1], depth[0]);
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    depth[0]--;
                }
            });
        } catch (SAXException | IOException e) {
            return 0;
        }
        // The wrapping root element is not part of the storage format.
        return Math.max(0, depth[1] - 1);
    }

    /**
     * Appends {@code storage} to {@code translated} with HTML named entities replaced by
     * numeric references; returns the error for an unknown entity, else empty.
     */
    private static Optional<String> translateEntities(String storage, StringBuilder translated) {
        Matcher matcher = ENTITY.matcher(storage);
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.matches("amp|lt|gt|quot|apos")) {
                replacement = matcher.group();
            } else if (Entities.isNamedEntity(name)) {
                replacement = "&#" + Entities.getByName(name).codePointAt(0) + ";";
            } else {
                return Optional.of("Unknown entity &" + name + "; (use a character or a "
                        + "numeric reference such as &#160;)");
            }
            matcher.appendReplacement(translated, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(translated);
        return Optional.empty();
    }

    private static void parseStrictly(String fragment, DefaultHandler handler)
            throws SAXException, IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(
                    ROOT_START + fragment + "</piap-root>")), handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured", e);
        }
    }
}
