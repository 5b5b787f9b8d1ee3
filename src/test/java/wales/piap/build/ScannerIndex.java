package wales.piap.build;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Named;

/**
 * Derives the Atlassian Spring Scanner index from the compiled plugin classes, the way the
 * scanner's build-time processor does: {@code component} lists classes annotated
 * {@code @javax.inject.Named}, {@code imports} lists the types of constructor parameters and
 * fields annotated {@code @ComponentImport}, one fully qualified name per line, sorted.
 *
 * <p>Run {@code main} to rewrite the checked-in files after adding a component or import:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=wales.piap.build.ScannerIndex
 * -Dexec.classpathScope=test}.
 */
public final class ScannerIndex {

    /** Folder of the checked-in index files, relative to the project root. */
    public static final Path INDEX_FOLDER =
            Paths.get("src/main/resources/META-INF/plugin-components");

    private final SortedSet<String> components = new TreeSet<>();
    private final SortedSet<String> imports = new TreeSet<>();

    private ScannerIndex() {
    }

    /** Scans every class under {@code wales/piap} in the main output folder. */
    public static ScannerIndex fromCompiledClasses() {
        ScannerIndex index = new ScannerIndex();
        try {
            for (String className : allPluginClassNames()) {
                index.add(Class.forName(className, false, ScannerIndex.class.getClassLoader()));
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Compiled class not loadable: " + e.getMessage(), e);
        }
        return index;
    }

    /** Returns the name of every class under {@code wales/piap} in the main output folder. */
    public static List<String> allPluginClassNames() {
        Path root = mainClassesFolder();
        try (Stream<Path> files = Files.walk(root.resolve("wales/piap"))) {
            return files
                    .filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(name -> name.replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Class<?> type) {
        if (type.isAnnotationPresent(Named.class)) {
            components.add(type.getName());
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                if (parameter.isAnnotationPresent(ComponentImport.class)) {
                    imports.add(parameter.getType().getName());
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(ComponentImport.class)) {
                imports.add(field.getType().getName());
            }
        }
    }

    /** Returns the component class names, sorted. */
    public SortedSet<String> components() {
        return components;
    }

    /** Returns the imported host service interface names, sorted. */
    public SortedSet<String> imports() {
        return imports;
    }

    /** Reads one checked-in index file as a sorted set of its non-blank lines. */
    public static SortedSet<String> readCheckedIn(String fileName) throws IOException {
        return Files.readAllLines(INDEX_FOLDER.resolve(fileName), StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Path mainClassesFolder() {
        try {
            return Paths.get(wales.piap.render.Messages.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites the checked-in index files from the compiled classes. */
    public static void main(String[] args) throws IOException {
        ScannerIndex index = fromCompiledClasses();
        Files.write(INDEX_FOLDER.resolve("component"), index.components, StandardCharsets.UTF_8);
        Files.write(INDEX_FOLDER.resolve("imports"), index.imports, StandardCharsets.UTF_8);
        System.out.println("Wrote " + index.components.size() + " components and "
                + index.imports.size() + " imports to " + INDEX_FOLDER);
    }
}
