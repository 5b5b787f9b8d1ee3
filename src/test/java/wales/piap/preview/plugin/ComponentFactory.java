package wales.piap.preview.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/**
 * Creates plugin classes the way the plugin's Spring context does: one instance per class,
 * made through its public constructor (the {@code @Inject} one when there are several), with
 * each parameter resolved by type from the host services, then from the plugin's components,
 * then from the fallbacks. Not thread-safe: the host creates components while it starts,
 * and later only from synchronized callers.
 */
public final class ComponentFactory {

    private final List<Object> hostServices;
    private final List<Object> fallbacks;
    private final List<String> componentClassNames;
    private final ClassLoader loader;
    private final Map<Class<?>, Object> singletons = new HashMap<>();
    private final Set<Class<?>> creating = new LinkedHashSet<>();

    /**
     * Creates a factory.
     *
     * @param hostServices host service instances, matched first
     * @param componentClassNames plugin component classes, matched second
     * @param fallbacks instances used only when no plugin component fits
     * @param loader class loader of the plugin classes
     */
    public ComponentFactory(List<Object> hostServices, List<String> componentClassNames,
            List<Object> fallbacks, ClassLoader loader) {
        this.hostServices = List.copyOf(hostServices);
        this.componentClassNames = List.copyOf(componentClassNames);
        this.fallbacks = List.copyOf(fallbacks);
        this.loader = loader;
    }

    /** Returns the instance of the class named {@code className}, creating it when needed. */
    public synchronized Object instance(String className) throws ClassNotFoundException {
        return instance(Class.forName(className, true, loader));
    }

    /** Returns the single instance of {@code type}, creating it and its dependencies. */
    public synchronized Object instance(Class<?> type) {
        Object existing = singletons.get(type);
        if (existing != null) {
            return existing;
        }
        if (!creating.add(type)) {
            throw new IllegalStateException("Circular constructor dependency: " + creating);
        }
        try {
            Constructor<?> constructor = constructor(type);
            Object[] arguments = new Object[constructor.getParameterCount()];
            Class<?>[] parameterTypes = constructor.getParameterTypes();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = resolve(parameterTypes[i], type);
            }
            Object created = constructor.newInstance(arguments);
            singletons.put(type, created);
            return created;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot instantiate " + type.getName(), e);
        } finally {
            creating.remove(type);
        }
    }

    /** Returns every instance created so far. */
    public synchronized List<Object> instances() {
        return new ArrayList<>(singletons.values());
    }

    private Object resolve(Class<?> parameterType, Class<?> owner) {
        for (Object service : hostServices) {
            if (parameterType.isInstance(service)) {
                return service;
            }
        }
        Optional<Class<?>> component = componentFor(parameterType);
        if (component.isPresent()) {
            return instance(component.get());
        }
        for (Object fallback : fallbacks) {
            if (parameterType.isInstance(fallback)) {
                return fallback;
            }
        }
        if (isCreatable(parameterType) && parameterType.getName().startsWith("wales.piap.")) {
            return instance(parameterType);
        }
        throw new IllegalStateException("No host service or plugin component of type "
                + parameterType.getName() + " for the constructor of " + owner.getName());
    }

    private Optional<Class<?>> componentFor(Class<?> parameterType) {
        for (String name : componentClassNames) {
            try {
                Class<?> candidate = Class.forName(name, false, loader);
                if (parameterType.isAssignableFrom(candidate) && isCreatable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Listed but not built yet; the host logs missing components once at start.
            }
        }
        return Optional.empty();
    }

    private static boolean isCreatable(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                && type.getConstructors().length > 0;
    }

    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 1) {
            return constructors[0];
        }
        List<Constructor<?>> injected = Arrays.stream(constructors)
                .filter(c -> c.isAnnotationPresent(Inject.class))
                .toList();
        if (injected.size() == 1) {
            return injected.get(0);
        }
        throw new IllegalStateException(type.getName() + " has " + constructors.length
                + " public constructors and " + injected.size() + " marked @Inject; the "
                + "preview, like Spring, needs exactly one to choose");
    }
}
