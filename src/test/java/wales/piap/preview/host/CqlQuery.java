package wales.piap.preview.host;

import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.pages.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of CQL the plugin sends: clauses joined by {@code and}, each one of
 * {@code type = page}, {@code label = "x"}, {@code space = KEY}, {@code space in ("A", "B")},
 * {@code ancestor = 123} or {@code parent = 123}, optionally followed by
 * {@code order by title}. Anything else is rejected with a message
 * naming the clause, so a new query in the plugin fails loudly in the preview.
 */
final class CqlQuery {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|!=|=|\\(|\\)|,|[^\\s=!(),\"']+)");

    private static final Pattern ORDER_BY_TITLE =
            Pattern.compile("(?i)\\s+order\\s+by\\s+title\\s*$");

    private final List<Predicate<Page>> clauses;
    private final boolean orderByTitle;

    private CqlQuery(List<Predicate<Page>> clauses, boolean orderByTitle) {
        this.clauses = clauses;
        this.orderByTitle = orderByTitle;
    }

    /** Parses {@code cql}; throws ServiceException naming the unsupported or invalid part. */
    static CqlQuery parse(String cql) {
        if (cql == null || cql.isBlank()) {
            throw new ServiceException("CQL query is empty");
        }
        Matcher order = ORDER_BY_TITLE.matcher(cql);
        boolean orderByTitle = order.find();
        List<String> tokens = tokenize(orderByTitle ? cql.substring(0, order.start()) : cql);
        List<Predicate<Page>> clauses = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!clauses.isEmpty()) {
                expect(tokens, i, "and", cql);
                i++;
            }
            if (i + 1 >= tokens.size()) {
                throw new ServiceException("CQL query ends early: " + cql);
            }
            String field = tokens.get(i).toLowerCase(Locale.ROOT);
            String operator = tokens.get(i + 1).toLowerCase(Locale.ROOT);
            i += 2;
            if ("in".equals(operator)) {
                List<String> values = new ArrayList<>();
                expect(tokens, i, "(", cql);
                i++;
                while (i < tokens.size() && !")".equals(tokens.get(i))) {
                    if (!",".equals(tokens.get(i))) {
                        values.add(unquote(tokens.get(i)));
                    }
                    i++;
                }
                expect(tokens, i, ")", cql);
                i++;
                clauses.add(inClause(field, values, cql));
            } else if ("=".equals(operator) && i < tokens.size()) {
                clauses.add(equalsClause(field, unquote(tokens.get(i)), cql));
                i++;
            } else {
                throw new ServiceException("CQL operator \"" + operator + "\" after field \""
                        + field + "\" is not supported by the preview host: " + cql);
            }
        }
        return new CqlQuery(clauses, orderByTitle);
    }

    /** Tells whether results are to be sorted by page title. */
    boolean orderByTitle() {
        return orderByTitle;
    }

    boolean matches(Page page) {
        return clauses.stream().allMatch(c -> c.test(page));
    }

    private static Predicate<Page> equalsClause(String field, String value, String cql) {
        return switch (field) {
            case "type" -> {
                if (!Page.CONTENT_TYPE.equals(value)) {
                    throw new ServiceException("CQL type \"" + value
                            + "\" is not supported by the preview host, which stores pages only");
                }
                yield page -> true;
            }
            case "label" -> page -> page.getLabels().stream()
                    .anyMatch(l -> l.getName().equals(value.toLowerCase(Locale.ROOT)));
            case "space" -> page -> value.equals(page.getSpaceKey());
            case "ancestor" -> {
                long id = id(value, cql);
                yield page -> page.getAncestors().stream().anyMatch(a -> a.getId() == id);
            }
            case "parent" -> {
                long id = id(value, cql);
                yield page -> page.getParent() != null && page.getParent().getId() == id;
            }
            default -> throw new ServiceException("CQL field \"" + field
                    + "\" is not supported by the preview host: " + cql);
        };
    }

    private static Predicate<Page> inClause(String field, List<String> values, String cql) {
        if (!"space".equals(field)) {
            throw new ServiceException("CQL \"" + field
                    + " in (...)\" is not supported by the preview host; only space is: " + cql);
        }
        return page -> values.contains(page.getSpaceKey());
    }

    private static long id(String value, String cql) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ServiceException("CQL content id \"" + value + "\" is not a number: " + cql);
        }
    }

    private static void expect(List<String> tokens, int i, String expected, String cql) {
        if (i >= tokens.size() || !expected.equalsIgnoreCase(tokens.get(i))) {
            String found = i >= tokens.size() ? "the end" : "\"" + tokens.get(i) + "\"";
            throw new ServiceException("CQL expected \"" + expected + "\" but found " + found
                    + ": " + cql);
        }
    }

    private static String unquote(String token) {
        if (token.length() >= 2 && (token.startsWith("\"") || token.startsWith("'"))) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return token;
    }

    private static List<String> tokenize(String cql) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(cql);
        int position = 0;
        while (position < cql.length() && matcher.find(position) && matcher.start() == position) {
            tokens.add(matcher.group(1));
            position = matcher.end();
            while (position < cql.length() && Character.isWhitespace(cql.charAt(position))) {
                position++;
            }
        }
        if (position < cql.length()) {
            throw new ServiceException("CQL cannot be read at position " + position + ": " + cql);
        }
        return tokens;
    }
}
