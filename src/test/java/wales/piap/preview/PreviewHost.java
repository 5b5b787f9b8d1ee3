package wales.piap.preview;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.HostServices;
import wales.piap.preview.host.PreviewLocaleManager;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.plugin.BlueprintFlow;
import wales.piap.preview.plugin.ComponentFactory;
import wales.piap.preview.plugin.PluginDescriptor;
import wales.piap.preview.plugin.PluginDescriptor.WebResource;
import wales.piap.preview.plugin.PluginModules;
import wales.piap.preview.view.StorageRenderer;
import wales.piap.preview.web.PreviewServer;
import wales.piap.render.VelocityTestRenderer;

/**
 * The preview host: host services over a data folder, the plugin's modules from its real
 * descriptor, and the HTTP server on 127.0.0.1. Single process and single node.
 */
public final class PreviewHost {

    /** Space that contains the plans; created on first start. */
    public static final String PLANS_SPACE = "PLANS";
    /** Space standing for a local authority's intranet, where the index macro goes. */
    public static final String LA_SPACE = "LA";

    private static final Logger LOG = LoggerFactory.getLogger(PreviewHost.class);

    private final HostServices services;
    private final PluginDescriptor descriptor;
    private final PluginModules modules;
    private final BlueprintFlow blueprintFlow;
    private final StorageRenderer renderer;
    private PreviewServer server;

    /** Opens {@code dataFolder} and creates the plugin's components. */
    public PreviewHost(Path dataFolder) {
        ClassLoader loader = PreviewHost.class.getClassLoader();
        this.services = new HostServices(dataFolder);
        this.descriptor = PluginDescriptor.load(loader);
        List<String> components = PluginModules.discoverComponents(descriptor, loader);
        ComponentFactory factory = new ComponentFactory(services.all(), components,
                List.of(new VelocityTestRenderer()), loader);
        this.modules = new PluginModules(descriptor, factory, services.eventPublisher());
        modules.start(components);
        this.blueprintFlow = new BlueprintFlow(descriptor.blueprint().orElseThrow(
                () -> new IllegalStateException("atlassian-plugin.xml declares no blueprint")),
                modules, services);
        this.renderer = new StorageRenderer(modules, services);
        if (services.spaceManager().getSpace(PLANS_SPACE) == null) {
            services.spaceManager().addSpace(PLANS_SPACE, "Post-inspection action plans");
            services.spaceManager().addSpace(LA_SPACE, "Local authority intranet");
        }
    }

    /** Starts serving on {@code port} (0 picks a free one) and returns the bound port. */
    public int start(int port) throws IOException {
        PreviewServer started = new PreviewServer(this);
        int bound = started.start(port);
        // Kept only once bound, so stop() after a failed bind has no server to stop.
        server = started;
        services.applicationProperties().setPort(bound);
        return bound;
    }

    /** Stops the server and writes the data; safe to call twice and from a shutdown hook. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        services.store().flush();
        LOG.info("PIAP preview stopped; data written to {}", services.store().dataFolder());
    }

    /** Runs {@code work} as {@code user} (null: anonymous) in {@code locale}. */
    public static <T> T as(PreviewUser user, Locale locale, Supplier<T> work) {
        AuthenticatedUserThreadLocal.set(user);
        PreviewLocaleManager.setRequestLocale(locale);
        try {
            return work.get();
        } finally {
            AuthenticatedUserThreadLocal.reset();
            PreviewLocaleManager.setRequestLocale(null);
        }
    }

    /** Returns the CSS hrefs for a page: atl.general resources plus {@code required} ones. */
    public List<String> stylesheets(Set<String> required) {
        List<String> hrefs = new ArrayList<>();
        for (WebResource resource : descriptor.webResources().values()) {
            if (resource.contexts().contains("atl.general")
                    || required.contains(resource.completeKey())) {
                resource.cssLocations().stream()
                        .filter(l -> l.startsWith("css/"))
                        .map(l -> "/static/" + l)
                        .forEach(hrefs::add);
            }
        }
        return hrefs;
    }

    /** Returns pages carrying the blueprint's index label that {@code user} may view. */
    public List<Page> plans() {
        String label = descriptor.blueprint().map(PluginDescriptor.Blueprint::indexKey)
                .orElse("");
        return services.store().spaces().isEmpty() ? List.of()
                : services.labelManager().getContentForLabel(0, -1,
                        new com.atlassian.confluence.labels.Label(label)).getList().stream()
                        .map(Page.class::cast)
                        .filter(p -> services.permissionManager().hasPermission(
                                AuthenticatedUserThreadLocal.get(),
                                com.atlassian.confluence.security.Permission.VIEW, p))
                        .toList();
    }

    public HostServices services() {
        return services;
    }

    public PluginModules modules() {
        return modules;
    }

    public BlueprintFlow blueprintFlow() {
        return blueprintFlow;
    }

    public StorageRenderer renderer() {
        return renderer;
    }
}
