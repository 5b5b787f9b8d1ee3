package wales.piap.preview.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronous event publisher: calls every public one-parameter {@code @EventListener} method
 * whose parameter type is the event's class or a supertype of it, in the publishing thread,
 * ordered by the annotation's {@code order}. A listener that throws is logged and the others
 * still run, as atlassian-event does. Registering an object twice has no extra effect.
 */
public final class PreviewEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewEventPublisher.class);

    private final Map<Object, List<Method>> listeners = new IdentityHashMap<>();

    @Override
    public synchronized void register(Object listener) {
        if (listeners.containsKey(listener)) {
            return;
        }
        List<Method> methods = listenerMethods(listener.getClass());
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName()
                    + " has no public one-parameter @EventListener method");
        }
        listeners.put(listener, methods);
        LOG.debug("Registered event listener {}", listener.getClass().getName());
    }

    @Override
    public synchronized void unregister(Object listener) {
        listeners.remove(listener);
    }

    /** Tells whether {@code type} declares a public one-parameter @EventListener method. */
    public static boolean isListener(Class<?> type) {
        return !listenerMethods(type).isEmpty();
    }

    @Override
    public void publish(Object event) {
        List<Map.Entry<Object, Method>> targets = new ArrayList<>();
        synchronized (this) {
            listeners.forEach((listener, methods) -> methods.stream()
                    .filter(m -> m.getParameterTypes()[0].isInstance(event))
                    .forEach(m -> targets.add(Map.entry(listener, m))));
        }
        targets.sort(Comparator.comparingInt(
                e -> e.getValue().getAnnotation(EventListener.class).order()));
        for (Map.Entry<Object, Method> target : targets) {
            invoke(target.getKey(), target.getValue(), event);
        }
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Event listener {}.{} failed on {}", listener.getClass().getName(),
                    method.getName(), event.getClass().getSimpleName(), e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Event listener {}.{} is not accessible", listener.getClass().getName(),
                    method.getName(), e);
        }
    }

    private static List<Method> listenerMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)
                    && method.getParameterCount() == 1) {
                methods.add(method);
            }
        }
        return methods;
    }
}
