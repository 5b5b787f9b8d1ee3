package wales.piap.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.plugin.CreateOutcome;

/**
 * Starts the preview host: {@code mvn -B -Ppreview}. System properties
 * {@code piap.preview.port} (default 8095) and {@code piap.preview.data} (default
 * {@code .preview-data}) set the port and the data folder. On first start, with an empty data
 * folder, it creates the sample plan through the blueprint flow. A JVM shutdown hook stops the
 * server and writes the data on Ctrl-C (SIGINT) and on SIGTERM; SIGKILL skips it, but every
 * page change is already on disk when its request returns.
 */
public final class PreviewMain {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewMain.class);
    private static final String SAMPLE = "wales/piap/preview/sample-plan.txt";

    private PreviewMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String portText = System.getProperty("piap.preview.port", "8095");
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            LOG.error("Invalid port \"{}\" in -Dpiap.preview.port; give a number from 1 to "
                    + "65535", portText);
            System.exit(2);
            return;
        }
        Path data = Path.of(System.getProperty("piap.preview.data", ".preview-data"));
        PreviewHost host = new PreviewHost(data);
        // Registered before the sample plan is made, so a stop during that still writes data.
        Runtime.getRuntime().addShutdownHook(new Thread(host::stop, "preview-shutdown"));
        if (host.services().store().isEmpty()) {
            createSample(host);
        }
        int bound;
        try {
            bound = host.start(port);
        } catch (BindException e) {
            LOG.error("Port {} is already in use; stop the other program or choose another "
                    + "port with -Dpiap.preview.port=NUMBER", port);
            System.exit(1);
            return;
        }
        // With mvn -Ppreview this is Maven's JVM, which is the process to stop.
        LOG.info("PIAP preview ready at http://localhost:{}/ (process {}, data in {})", bound,
                ProcessHandle.current().pid(), data.toAbsolutePath());
        Thread.currentThread().join();
    }

    /** Creates the plan of the bundled sample case as the admin user. */
    static CreateOutcome createSample(PreviewHost host) throws IOException {
        Map<String, String> form = readCase(SAMPLE);
        CreateOutcome outcome = PreviewHost.as(PreviewUser.byName("admin").orElseThrow(),
                Locale.UK, () -> host.blueprintFlow().create(form, PreviewHost.PLANS_SPACE,
                        Locale.UK));
        if (outcome.isCreated()) {
            LOG.info("Sample plan created as page {}", outcome.pageId());
        } else {
            LOG.warn("Sample plan not created ({}): {} {}", outcome.status(),
                    outcome.message(), outcome.fieldErrors());
        }
        return outcome;
    }

    /**
     * Reads a case file (header lines "key: value", a blank line, then one recommendation
     * per line) into wizard form fields.
     */
    static Map<String, String> readCase(String resource) throws IOException {
        try (InputStream in = PreviewMain.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Case file " + resource + " not found on the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            Map<String, String> form = new LinkedHashMap<>();
            int i = 0;
            while (i < lines.size() && (lines.get(i).startsWith("#") || lines.get(i).isBlank())) {
                i++;
            }
            for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
                String[] pair = lines.get(i).split(":", 2);
                form.put(field(pair[0].trim()), pair.length > 1 ? pair[1].trim() : "");
            }
            form.put("recommendations", String.join("\n", lines.subList(Math.min(i + 1,
                    lines.size()), lines.size()).stream().filter(l -> !l.isBlank()).toList()));
            form.putIfAbsent("planLanguage", "en");
            return form;
        }
    }

    private static String field(String header) {
        return switch (header) {
            case "setting" -> "settingName";
            case "setting-type" -> "settingType";
            case "local-authority" -> "localAuthority";
            case "published" -> "reportPublished";
            default -> header;
        };
    }
}
