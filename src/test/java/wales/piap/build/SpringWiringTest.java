package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Checks that the plugin's Spring context can build every class Confluence asks it for:
 * components from the scanner index, and macro and context-provider classes named in the
 * descriptor, which Confluence creates through the plugin's context by constructor injection.
 */
class SpringWiringTest {

    @Test
    void everyBeanHasOneInjectableConstructor() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        for (String className : beanClasses()) {
            List<Constructor<?>> candidates = new ArrayList<>();
            for (Constructor<?> constructor : Class.forName(className).getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    candidates.add(constructor);
                }
            }
            long injected = candidates.stream()
                    .filter(c -> c.isAnnotationPresent(Inject.class)).count();
            if (candidates.size() != 1 && injected != 1) {
                problems.add(className + " has " + candidates.size()
                        + " public constructors and " + injected + " marked @Inject");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConstructorParameterCanBeSupplied() throws ClassNotFoundException {
        Set<String> components = ScannerIndex.fromCompiledClasses().components();
        List<String> problems = new ArrayList<>();
        for (String className : beanClasses()) {
            Constructor<?> constructor = injectedConstructor(Class.forName(className));
            for (Parameter parameter : constructor.getParameters()) {
                Class<?> type = parameter.getType();
                boolean imported = parameter.isAnnotationPresent(ComponentImport.class)
                        && type.isInterface() && type.getName().startsWith("com.atlassian.");
                long providers = 0;
                for (String component : components) {
                    if (type.isAssignableFrom(Class.forName(component))) {
                        providers++;
                    }
                }
                if (!imported && providers != 1) {
                    problems.add(className + " needs " + type.getName() + ", which "
                            + providers + " components provide and no @ComponentImport names");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Constructor<?> injectedConstructor(Class<?> type) {
        Constructor<?> only = null;
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                return constructor;
            }
            if (Modifier.isPublic(constructor.getModifiers())) {
                only = constructor;
            }
        }
        return only;
    }

    private static Set<String> beanClasses() {
        Set<String> classes = new TreeSet<>(ScannerIndex.fromCompiledClasses().components());
        PluginDescriptor descriptor = PluginDescriptor.load();
        for (Element macro : descriptor.modules("xhtml-macro")) {
            classes.add(macro.attr("class"));
        }
        for (Element provider : descriptor.document.select("context-provider")) {
            classes.add(provider.attr("class"));
        }
        return classes;
    }
}
