package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Names and parts of storage-format elements, with the namespace prefix aliases resolved.
 *
 * <p>jsoup's XML parser keeps prefixed names as written ({@code ac:structured-macro}), so this
 * class maps the {@code atlassian-content:} alias to {@code ac:} and compares names without
 * regard to case.
 */
final class Markup {

    private Markup() {
    }

    /** Returns the element's name with the {@code ac:} prefix for either content alias. */
    static String name(Element element) {
        String name = element.tagName().toLowerCase(Locale.ROOT);
        if (name.startsWith("atlassian-content:")) {
            return "ac:" + name.substring("atlassian-content:".length());
        }
        return name;
    }

    static boolean is(Element element, String name) {
        return name(element).equals(name);
    }

    static boolean isHeading(Element element) {
        String name = name(element);
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1'
                && name.charAt(1) <= '6';
    }

    static boolean isMacro(Element element) {
        String name = name(element);
        return name.equals("ac:structured-macro") || name.equals("ac:macro");
    }

    /** Returns a macro's name in lower case, or "" when it has none. */
    static String macroName(Element macro) {
        String name = macro.attr("ac:name");
        if (name.isEmpty()) {
            name = macro.attr("atlassian-content:name");
        }
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Returns the trimmed text of a macro's parameter, looking only at its own parameters. */
    static Optional<String> parameter(Element macro, String parameterName) {
        for (Element child : macro.children()) {
            if (is(child, "ac:parameter") && parameterName.equals(parameterNameOf(child))) {
                return Optional.of(child.text().trim());
            }
        }
        return Optional.empty();
    }

    /** Returns a macro's rich-text bodies (normally one; some writers emit several). */
    static List<Element> richBodies(Element macro) {
        List<Element> bodies = new ArrayList<>();
        for (Element child : macro.children()) {
            if (is(child, "ac:rich-text-body")) {
                bodies.add(child);
            }
        }
        return bodies;
    }

    private static String parameterNameOf(Element parameter) {
        String name = parameter.attr("ac:name");
        return name.isEmpty() ? parameter.attr("atlassian-content:name") : name;
    }
}
