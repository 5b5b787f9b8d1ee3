package wales.piap.storage;

import java.time.LocalDate;
import org.owasp.encoder.Encode;

/**
 * Builds a storage-format fragment element by element. Every text and attribute value goes
 * through the OWASP encoder, so user input such as {@code St Mary & St John's <Primary>}
 * appears as that text and the fragment stays well-formed XML. Tag and macro names are
 * constants of the callers, never user input.
 *
 * <p>Not thread-safe: one instance builds one fragment.
 */
public final class StorageMarkup {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens {@code tag} with attribute name-value pairs, such as {@code open("th", "colspan", "2")}. */
    public StorageMarkup open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    public StorageMarkup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes a self-closed element, such as {@code <col />}. */
    public StorageMarkup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append(" />");
        return this;
    }

    /** Writes escaped text; null writes nothing. */
    public StorageMarkup text(String text) {
        if (text != null) {
            out.append(Encode.forXmlContent(text));
        }
        return this;
    }

    /** Writes {@code <tag>text</tag>} with the text escaped. */
    public StorageMarkup element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    /** Writes a paragraph holding instructional text that the editor hides once typed over. */
    public StorageMarkup placeholderParagraph(String instruction) {
        return open("p").placeholder(instruction).close("p");
    }

    /** Writes instructional text inline, as {@code ac:placeholder}. */
    public StorageMarkup placeholder(String instruction) {
        return element("ac:placeholder", instruction);
    }

    /** Writes a date the editor shows as a date lozenge: {@code <time datetime="2025-01-16" />}. */
    public StorageMarkup time(LocalDate date) {
        return empty("time", "datetime", date.toString());
    }

    /** Opens a structured macro; close it with {@link #closeMacro()}. */
    public StorageMarkup openMacro(String name) {
        return open("ac:structured-macro", "ac:name", name, "ac:schema-version", "1");
    }

    /** Closes a structured macro. */
    public StorageMarkup closeMacro() {
        return close("ac:structured-macro");
    }

    /** Writes a bodiless structured macro with parameter name-value pairs. */
    public StorageMarkup macro(String name, String... parameters) {
        openMacro(name);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            parameter(parameters[i], parameters[i + 1]);
        }
        return closeMacro();
    }

    /** Writes one macro parameter. */
    public StorageMarkup parameter(String name, String value) {
        return open("ac:parameter", "ac:name", name).text(value).close("ac:parameter");
    }

    /** Writes a status lozenge with a colour (Grey, Red, Yellow, Green, Blue) and a title. */
    public StorageMarkup status(String colour, String title) {
        return macro("status", "colour", colour, "title", title);
    }

    /** Returns the fragment written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"")
                    .append(Encode.forXmlAttribute(attributes[i + 1])).append('"');
        }
    }
}
