package wales.piap.preview.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.piap.preview.host.PreviewUser;

/**
 * One HTTP request: query and form parameters, and the user and language chosen with
 * {@code ?as=} and {@code ?lang=} (remembered in cookies for later requests).
 */
final class Request {

    /** Largest request body accepted, in bytes. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Values that {@code ?lang=} accepts. */
    static final List<String> LANGUAGES = List.of("en", "cy");

    private final HttpExchange exchange;
    private final Map<String, String> query;
    private final Map<String, String> cookies;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = decode(exchange.getRequestURI().getRawQuery());
        this.cookies = cookies(exchange.getRequestHeaders().get("Cookie"));
    }

    HttpExchange exchange() {
        return exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    String query(String name) {
        return query.get(name);
    }

    /**
     * Returns the user name chosen with a valid ?as= or earlier; "admin" when none was chosen.
     * An unknown ?as= value is ignored here (the server rejects that request), and an unknown
     * cookie value, which only a hand-edited cookie can hold, gives anonymous.
     */
    String userName() {
        String requested = query.get("as");
        if (requested != null && isKnownUser(requested)) {
            return requested;
        }
        String remembered = cookies.get("piap-as");
        if (remembered == null) {
            return "admin";
        }
        return isKnownUser(remembered) ? remembered : PreviewUser.ANONYMOUS;
    }

    /** Returns the ?as= value when it names no known user, else empty. */
    Optional<String> unknownUserChoice() {
        String requested = query.get("as");
        return requested == null || isKnownUser(requested) ? Optional.empty()
                : Optional.of(requested);
    }

    /**
     * Returns the remembered user cookie's value when it names no known user, else empty. Only
     * a hand-edited cookie can hold such a value; the request then runs as anonymous.
     */
    Optional<String> unrecognisedRememberedUser() {
        String remembered = cookies.get("piap-as");
        boolean ignored = query.get("as") != null && isKnownUser(query.get("as"));
        return remembered == null || ignored || isKnownUser(remembered) ? Optional.empty()
                : Optional.of(remembered);
    }

    /** Returns the ?lang= value when it is neither "en" nor "cy", else empty. */
    Optional<String> unknownLanguageChoice() {
        String requested = query.get("lang");
        return requested == null || LANGUAGES.contains(requested) ? Optional.empty()
                : Optional.of(requested);
    }

    private static boolean isKnownUser(String name) {
        return PreviewUser.ANONYMOUS.equals(name) || PreviewUser.byName(name).isPresent();
    }

    /** Returns the chosen user, or empty for anonymous. */
    Optional<PreviewUser> user() {
        return PreviewUser.byName(userName());
    }

    Locale locale() {
        String lang = query.getOrDefault("lang", cookies.get("piap-lang"));
        return "cy".equals(lang) ? new Locale("cy", "GB") : Locale.UK;
    }

    /** Returns cookies to set so the user and language choice carry to the next request. */
    List<String> choiceCookies() {
        List<String> set = new java.util.ArrayList<>();
        if (query.containsKey("as") && unknownUserChoice().isEmpty()
                || unrecognisedRememberedUser().isPresent()) {
            // An unrecognised cookie is replaced with anonymous, so the notice shows once.
            set.add("piap-as=" + userName() + "; Path=/; SameSite=Strict");
        }
        if (query.containsKey("lang") && unknownLanguageChoice().isEmpty()) {
            set.add("piap-lang=" + ("cy".equals(query.get("lang")) ? "cy" : "en")
                    + "; Path=/; SameSite=Strict");
        }
        return set;
    }

    /**
     * Reads a URL-encoded form body; throws BodyTooLargeException past
     * {@link #MAX_BODY_BYTES}. The first value of a repeated field wins.
     */
    Map<String, String> form() throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}")
                && Long.parseLong(length) > MAX_BODY_BYTES) {
            // Reading all that the client sends lets it receive the 413 instead of a reset;
            // a single skip() may stop early, so read until the declared length is consumed.
            discard(exchange.getRequestBody(),
                    Math.min(Long.parseLong(length), 8L * MAX_BODY_BYTES));
            throw new BodyTooLargeException();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            return decode(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void discard(InputStream in, long count) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed %-escape: skip the pair rather than fail the whole request.
            }
        }
        return values;
    }

    private static Map<String, String> cookies(List<String> headers) {
        Map<String, String> values = new LinkedHashMap<>();
        if (headers == null) {
            return values;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    values.put(part.substring(0, equals).trim(), part.substring(equals + 1)
                            .trim());
                }
            }
        }
        return values;
    }

    /** The request body is larger than {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("Request body larger than " + MAX_BODY_BYTES + " bytes");
        }
    }
}
