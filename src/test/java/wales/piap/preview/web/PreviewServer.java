package wales.piap.preview.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.PreviewHost;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.web.Request.BodyTooLargeException;
import wales.piap.render.Messages;

/**
 * HTTP server of the preview, bound to 127.0.0.1 only. It accepts only requests whose Host
 * header names the loopback address, so other web sites cannot reach it by DNS rebinding, and
 * redirects requests for 127.0.0.1 to localhost, the host name of its links and cookies.
 */
public final class PreviewServer {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);
    private static final Pattern PAGE_PATH = Pattern.compile(
            "/pages/(\\d{1,18})(/edit|/storage|/create-child)?");
    private static final Pattern SPACE_CREATE_PATH =
            Pattern.compile("/spaces/([A-Za-z0-9]{1,255})/create-page");
    private static final Pattern STATIC_PATH =
            Pattern.compile("/static/((?:css|images)/[A-Za-z0-9_-]+\\.(css|png|svg))");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");

    private final PreviewHost host;
    private final PageRoutes pages;
    private final EditRoutes edit;
    private final ChildPageRoutes children;
    private final CreateRoutes create;
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    public PreviewServer(PreviewHost host) {
        this.host = host;
        PageAccess access = new PageAccess(host);
        this.pages = new PageRoutes(host, access);
        this.edit = new EditRoutes(host, access);
        this.children = new ChildPageRoutes(host, access);
        this.create = new CreateRoutes(host);
    }

    /** Binds 127.0.0.1:{@code requestedPort} (0: any free port) and returns the bound port. */
    public int start(int requestedPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                requestedPort), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return port;
    }

    /** Stops accepting requests, waiting up to a second for running ones. */
    public void stop() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())
                && !"POST".equals(exchange.getRequestMethod())) {
            // The preview serves pages and forms only; HEAD, PUT and the rest get no body.
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        Request request = new Request(exchange);
        try {
            if (!isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                Layout.send(request, 421, "text/plain; charset=utf-8",
                        "The preview answers only to localhost:" + port + " or 127.0.0.1:" + port);
                return;
            }
            if (("127.0.0.1:" + port).equals(exchange.getRequestHeaders().getFirst("Host"))) {
                redirectToLocalhost(exchange);
                return;
            }
            Optional<String> unknownUser = request.unknownUserChoice();
            if (unknownUser.isPresent()) {
                rejectUnknownUser(request, unknownUser.get());
                return;
            }
            Optional<String> unknownLanguage = request.unknownLanguageChoice();
            if (unknownLanguage.isPresent()) {
                Messages m = Messages.forLocale(request.locale());
                Layout.send(request, 400, Layout.message(request,
                        m.text("piap.preview.language.unknown-title"),
                        m.text("piap.preview.language.unknown", unknownLanguage.get(),
                                String.join(", ", Request.LANGUAGES))));
                return;
            }
            route(request);
        } catch (BodyTooLargeException e) {
            Messages m = Messages.forLocale(request.locale());
            Layout.send(request, 413, Layout.message(request,
                    m.text("piap.preview.error.too-large.title"),
                    m.text("piap.preview.error.too-large")));
        } catch (IOException | RuntimeException e) {
            LOG.error("Request {} {} failed", request.method(), request.path(), e);
            Messages m = Messages.forLocale(request.locale());
            Layout.send(request, 500, Layout.message(request,
                    m.text("piap.preview.error.internal.title"),
                    m.text("piap.preview.error.internal", String.valueOf(e.getMessage()))));
        } finally {
            exchange.close();
        }
    }

    /**
     * Sends a 308 to the same address on localhost. The app's absolute links and the user and
     * language cookies use localhost, and browsers keep cookies per host name, so serving
     * 127.0.0.1 too would lose the user's choices on the first such link. 308 keeps the method
     * and body of a POST. No cookie is set here, so a choice in the query lands on localhost.
     */
    private void redirectToLocalhost(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String location = "http://localhost:" + port + exchange.getRequestURI().getRawPath()
                + (rawQuery == null ? "" : "?" + rawQuery);
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(308, -1);
    }

    /** Sends 400 naming the value and the valid users. The user cookie stays unchanged. */
    private static void rejectUnknownUser(Request request, String name) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        String title = m.text("piap.preview.user.unknown-title");
        String message = m.text("piap.preview.user.unknown", name,
                String.join(", ", PreviewUser.choiceNames()));
        Layout.send(request, 400, Layout.message(request, title, message));
    }

    private void route(Request request) throws IOException {
        String path = request.path();
        boolean get = "GET".equals(request.method());
        boolean post = "POST".equals(request.method());
        Matcher page = PAGE_PATH.matcher(path);
        Matcher file = STATIC_PATH.matcher(path);
        Matcher spaceCreate = SPACE_CREATE_PATH.matcher(path);
        if (get && "/".equals(path)) {
            pages.home(request);
        } else if (get && "/index".equals(path)) {
            pages.index(request);
        } else if ("/create".equals(path) && (get || post)) {
            if (get) {
                create.form(request);
            } else {
                create.submit(request);
            }
        } else if (page.matches() && (get || post && page.group(2) != null
                && !"/storage".equals(page.group(2)))) {
            pageRoute(request, Long.parseLong(page.group(1)), page.group(2), post);
        } else if (spaceCreate.matches() && (get || post)) {
            if (get) {
                children.spaceForm(request, spaceCreate.group(1));
            } else {
                children.spaceSave(request, spaceCreate.group(1));
            }
        } else if (get && "/pages/viewpage.action".equals(path)
                && request.query("pageId") != null
                && request.query("pageId").matches("\\d{1,18}")) {
            Layout.redirect(request, "/pages/" + request.query("pageId"));
        } else if (get && "/static/preview.css".equals(path)) {
            resource(request, "wales/piap/preview/preview.css", TYPES.get("css"));
        } else if (get && file.matches()) {
            resource(request, file.group(1), TYPES.get(file.group(2)));
        } else {
            Messages m = Messages.forLocale(request.locale());
            Layout.send(request, 404, Layout.message(request,
                    m.text("piap.preview.error.not-found.title"),
                    m.text("piap.preview.error.not-found", path)));
        }
    }

    private void pageRoute(Request request, long id, String action, boolean post)
            throws IOException {
        switch (action == null ? "" : action) {
            case "/edit" -> {
                if (post) {
                    edit.save(request, id);
                } else {
                    edit.form(request, id);
                }
            }
            case "/create-child" -> {
                if (post) {
                    children.save(request, id);
                } else {
                    children.form(request, id);
                }
            }
            case "/storage" -> pages.storage(request, id);
            default -> pages.view(request, id);
        }
    }

    private void resource(Request request, String location, String type) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                Layout.send(request, 404, "text/plain; charset=utf-8",
                        "Resource " + location + " not found on the class path");
                return;
            }
            byte[] bytes = in.readAllBytes();
            request.exchange().getResponseHeaders().set("Content-Type", type);
            request.exchange().getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            request.exchange().sendResponseHeaders(200, bytes.length);
            try (OutputStream out = request.exchange().getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private boolean isLoopbackHost(String hostHeader) {
        return ("localhost:" + port).equals(hostHeader) || ("127.0.0.1:" + port).equals(hostHeader);
    }
}
