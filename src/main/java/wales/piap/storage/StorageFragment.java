package wales.piap.storage;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * Parses a storage-format fragment into a jsoup document with the XML parser.
 *
 * <p>Storage format has no root element and uses the {@code ac:}, {@code ri:} and {@code at:}
 * prefixes without declaring them, so the fragment is wrapped in a root element that declares
 * them. HTML named entities such as {@code &nbsp;} or {@code &rsquo;} are not defined in XML,
 * so each one jsoup knows is rewritten as a numeric reference first; an unknown name is kept
 * as literal text. The HTML parser is never used: it treats {@code <time ... />} as an open
 * tag that swallows the text after it and moves stray elements out of tables.
 */
final class StorageFragment {

    /** Name of the synthetic root element that wraps the fragment. */
    static final String ROOT = "piap-storage-root";

    /**
     * Deepest element nesting jsoup keeps; past it jsoup closes elements early and the page's
     * structure is lost. Nothing here recurses per element level except {@link PageBlocks},
     * which stops opening containers at its own, smaller limit.
     */
    static final int MAX_DEPTH = 2048;

    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_TRACKED_ERRORS = 20;

    private static final String OPEN_ROOT = "<" + ROOT
            + " xmlns=\"http://www.w3.org/1999/xhtml\""
            + " xmlns:ac=\"http://atlassian.com/content\""
            + " xmlns:ri=\"http://atlassian.com/resource/identifier\""
            + " xmlns:at=\"http://atlassian.com/template\""
            + " xmlns:atlassian-content=\"http://atlassian.com/content\""
            + " xmlns:atlassian-template=\"http://atlassian.com/template\">";

    private final Document document;
    private final List<String> errors;

    private StorageFragment(Document document, List<String> errors) {
        this.document = document;
        this.errors = errors;
    }

    /** Parses {@code storage}; never throws for malformed markup, which jsoup repairs. */
    static StorageFragment parse(String storage) {
        String source = storage == null ? "" : storage;
        Parser parser = Parser.xmlParser().setTrackErrors(MAX_TRACKED_ERRORS);
        parser.setMaxDepth(MAX_DEPTH);
        String wrapped = OPEN_ROOT + numericEntities(source) + "</" + ROOT + ">";
        Document document = parser.parseInput(wrapped, "");
        List<String> errors = new ArrayList<>();
        wellFormednessError(wrapped).ifPresent(errors::add);
        parser.getErrors().stream().map(ParseError::getErrorMessage).forEach(errors::add);
        return new StorageFragment(document, errors);
    }

    /** Returns the parsed document; its top-level elements are the fragment's content. */
    Document document() {
        return document;
    }

    /**
     * Returns the container of the fragment's content: the synthetic root, or the document
     * itself when stray closing tags in the fragment ended the root early.
     */
    Element content() {
        Element root = document.selectFirst(ROOT);
        if (root != null && root.nextElementSibling() == null) {
            return root;
        }
        return document;
    }

    /** Returns messages for markup that is not well-formed XML; jsoup repaired it. */
    List<String> errors() {
        return errors;
    }

    /**
     * Checks the wrapped fragment with the JDK's XML parser, because jsoup's XML parser
     * repairs unclosed and mismatched tags without reporting them. Document type
     * declarations are rejected, so no external entity is ever read.
     */
    private static Optional<String> wellFormednessError(String wrapped) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(wrapped)),
                    new DefaultHandler());
            return Optional.empty();
        } catch (SAXParseException malformed) {
            return Optional.of("line " + malformed.getLineNumber() + ", column "
                    + malformed.getColumnNumber() + ": " + malformed.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException unavailable) {
            // The JDK parser is only a second opinion; jsoup has already read the page.
            return Optional.empty();
        }
    }

    /** Rewrites HTML named entities as numeric references; keeps the five XML ones. */
    static String numericEntities(String source) {
        if (source.indexOf('&') < 0) {
            return source;
        }
        Matcher matcher = NAMED_ENTITY.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (XML_ENTITIES.contains(name)) {
                replacement = matcher.group();
            } else if (Entities.isNamedEntity(name)) {
                replacement = toNumeric(Entities.getByName(name));
            } else {
                replacement = "&amp;" + name + ";";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String toNumeric(String characters) {
        StringBuilder out = new StringBuilder();
        characters.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        return out.toString();
    }
}
