package wales.piap.preview.web;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import wales.piap.render.Messages;

/**
 * The "Labels" form field: names separated by spaces or commas, checked before anything is
 * saved, and written to a page through the {@link LabelManager}.
 */
final class LabelNames {

    /** Largest label length, in characters (Confluence's limit on a label name). */
    static final int MAX_LENGTH = 255;

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{Ll}0-9_:-]+");

    private LabelNames() {
    }

    /** Splits {@code text} into label names, dropping blanks and repeats. */
    static List<String> split(String text) {
        return Arrays.stream(SEPARATORS.split(text == null ? "" : text.strip()))
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }

    /** Returns a message naming the first invalid name in {@code names}, or empty. */
    static Optional<String> problem(List<String> names, Messages m) {
        for (String name : names) {
            int length = name.codePointCount(0, name.length());
            if (length > MAX_LENGTH) {
                return Optional.of(m.text("piap.preview.labels.too-long", name,
                        String.valueOf(length), String.valueOf(MAX_LENGTH)));
            }
            if (!ALLOWED.matcher(name).matches()) {
                return Optional.of(m.text("piap.preview.labels.invalid", name));
            }
        }
        return Optional.empty();
    }

    /** Gives {@code page} exactly the labels {@code names}, removing the others. */
    static void replace(LabelManager labels, Page page, List<String> names) {
        for (Label current : new ArrayList<>(page.getLabels())) {
            if (!names.contains(current.getName())) {
                labels.removeLabel(page, current);
            }
        }
        for (String name : names) {
            labels.addLabel(page, new Label(name));
        }
    }

    /** Returns the page's label names as the form field shows them. */
    static String text(Page page) {
        return String.join(" ", page.getLabels().stream().map(Label::getName).toList());
    }
}
