package wales.piap.preview.plugin;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.PreviewEventPublisher;

/**
 * The plugin's modules as the preview host runs them: components (with their event listeners
 * registered), macros by name and the blueprint's context provider. A class that is not on the
 * class path yet does not stop the host: the module reports itself unavailable with the reason.
 */
public final class PluginModules {

    private static final Logger LOG = LoggerFactory.getLogger(PluginModules.class);
    private static final String COMPONENT_INDEX = "META-INF/plugin-components/component";

    private final PluginDescriptor descriptor;
    private final ComponentFactory factory;
    private final PreviewEventPublisher eventPublisher;
    private final Map<String, String> unavailable = new ConcurrentHashMap<>();

    public PluginModules(PluginDescriptor descriptor, ComponentFactory factory,
            PreviewEventPublisher eventPublisher) {
        this.descriptor = descriptor;
        this.factory = factory;
        this.eventPublisher = eventPublisher;
    }

    /**
     * Lists the plugin's component classes: those in the Spring Scanner index, plus
     * {@code @Named} classes found among the compiled plugin classes (the index may lag).
     */
    public static List<String> discoverComponents(PluginDescriptor descriptor,
            ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>(indexedComponents(loader));
        Path root = descriptor.classesRoot();
        if (root != null && Files.isDirectory(root.resolve("wales/piap"))) {
            try (Stream<Path> files = Files.walk(root.resolve("wales/piap"))) {
                files.map(f -> root.relativize(f).toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> f.substring(0, f.length() - 6).replace('/', '.')
                                .replace('\\', '.'))
                        .filter(name -> isNamed(name, loader))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to list plugin classes under " + root, e);
            }
        }
        return new ArrayList<>(names);
    }

    /** Creates every component, as Spring does at plugin start, and registers listeners. */
    public void start(List<String> componentClassNames) {
        for (String name : componentClassNames) {
            try {
                Object component = factory.instance(name);
                if (PreviewEventPublisher.isListener(component.getClass())) {
                    eventPublisher.register(component);
                    LOG.info("Event listener {} registered", name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.warn("Plugin component {} is not available: class not found ({})", name,
                        e.toString());
            } catch (RuntimeException e) {
                LOG.error("Plugin component {} could not be created", name, e);
            }
        }
    }

    /** Returns the names of the plugin's macros, in descriptor order. */
    public Set<String> macroNames() {
        return Collections.unmodifiableSet(descriptor.macroClasses().keySet());
    }

    /** Tells whether the descriptor declares a macro called {@code name}. */
    public boolean isPluginMacro(String name) {
        return descriptor.macroClasses().containsKey(name);
    }

    /**
     * Returns the macro called {@code name}; throws ModuleUnavailableException with a
     * readable reason when its class is missing or cannot be created.
     */
    public Macro macro(String name) {
        String className = descriptor.macroClasses().get(name);
        if (className == null) {
            throw new ModuleUnavailableException("Macro " + name + " is not declared in "
                    + "atlassian-plugin.xml");
        }
        Object instance = module("Macro " + name, className);
        if (!(instance instanceof Macro macro)) {
            throw new ModuleUnavailableException("Macro " + name + " is not available: class "
                    + className + " does not implement com.atlassian.confluence.macro.Macro");
        }
        return macro;
    }

    /** Returns the blueprint's context provider, initialised with no parameters. */
    public ContextProvider contextProvider(String className) {
        Object instance = module("Context provider", className);
        if (!(instance instanceof ContextProvider provider)) {
            throw new ModuleUnavailableException("Context provider " + className
                    + " does not implement com.atlassian.plugin.web.ContextProvider");
        }
        provider.init(Map.of());
        return provider;
    }

    private Object module(String what, String className) {
        try {
            return factory.instance(className);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            String message = what + " is not available: class " + className + " not found";
            if (unavailable.put(className, message) == null) {
                LOG.warn("{}", message);
            }
            throw new ModuleUnavailableException(message);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("{} could not be created from class {}", what, className, e);
            throw new ModuleUnavailableException(what + " is not available: class " + className
                    + " could not be created (" + e.getMessage() + ")");
        }
    }

    private static List<String> indexedComponents(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(COMPONENT_INDEX))) {
                try (InputStream in = url.openStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    text.lines().map(String::trim)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.contains("#") ? line.substring(0,
                                    line.indexOf('#')) : line)
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + COMPONENT_INDEX, e);
        }
        return names;
    }

    private static boolean isNamed(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader).isAnnotationPresent(Named.class);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn("Plugin class {} cannot be loaded: {}", className, e.toString());
            return false;
        }
    }

    /** A plugin module whose class is missing or broken; the message is fit for a page. */
    public static final class ModuleUnavailableException extends RuntimeException {

        public ModuleUnavailableException(String message) {
            super(message);
        }
    }
}
