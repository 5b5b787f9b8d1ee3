package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the Data Center rule that plugin components keep no state of their own: a page event
 * fires on one cluster node only, so anything remembered in memory goes stale on the others.
 */
class ClusterSafetyTest {

    @Test
    void componentsHaveOnlyFinalFields() throws ClassNotFoundException {
        List<String> mutable = new ArrayList<>();
        for (String component : ScannerIndex.fromCompiledClasses().components()) {
            for (Field field : Class.forName(component).getDeclaredFields()) {
                if (!Modifier.isFinal(field.getModifiers()) && !field.isSynthetic()) {
                    mutable.add(component + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), mutable, "components with fields that can change");
    }

    @Test
    void noClassKeepsStaticCollections() throws ClassNotFoundException {
        List<String> caches = new ArrayList<>();
        for (String className : ScannerIndex.allPluginClassNames()) {
            for (Field field : Class.forName(className, false,
                    getClass().getClassLoader()).getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                boolean mutableType = ConcurrentMap.class.isAssignableFrom(field.getType())
                        || field.getType().getName().startsWith("java.util.Hash")
                        || field.getType().getName().startsWith("java.util.Weak")
                        || (!Modifier.isFinal(field.getModifiers())
                        && (Map.class.isAssignableFrom(field.getType())
                        || Set.class.isAssignableFrom(field.getType())
                        || List.class.isAssignableFrom(field.getType())));
                if (isStatic && mutableType) {
                    caches.add(className + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), caches, "static collections that could cache content");
    }
}
