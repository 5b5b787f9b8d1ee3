package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens the bundle that {@code mvn package} built and checks what Confluence needs of it. */
class BundleJarIT {

    private static JarFile jar;
    private static Attributes manifest;

    @BeforeAll
    static void openBundle() throws IOException {
        String location = System.getProperty("piap.bundle");
        assertNotNull(location, "system property piap.bundle is not set; run with mvn verify");
        Path path = Paths.get(location);
        assertTrue(Files.isRegularFile(path), "bundle not built at " + path);
        jar = new JarFile(path.toFile());
        manifest = jar.getManifest().getMainAttributes();
    }

    @AfterAll
    static void closeBundle() throws IOException {
        jar.close();
    }

    @Test
    void pluginKeyHeaderEqualsDescriptorKey() throws IOException {
        Document descriptor = parseXml("atlassian-plugin.xml");
        String key = descriptor.selectFirst("atlassian-plugin").attr("key");
        assertEquals("wales.piap.piap-confluence", key);
        assertEquals(key, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, manifest.getValue("Bundle-SymbolicName"));
    }

    @Test
    void manifestMakesBundleTransformerless() {
        assertNotNull(manifest.getValue("Bundle-Version"), "Bundle-Version missing");
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals("*", manifest.getValue("Spring-Context"));
    }

    @Test
    void importsNameTheHostPackagesUsed() throws IOException {
        Set<String> imported = importedPackages();
        Set<String> required = new TreeSet<>(List.of(
                "com.atlassian.confluence.macro",
                "com.atlassian.confluence.content.render.xhtml",
                "com.atlassian.confluence.pages",
                "com.atlassian.event.api",
                "com.atlassian.templaterenderer",
                "com.atlassian.plugin.spring.scanner.annotation.imports",
                "javax.inject"));
        for (String service : ScannerIndex.readCheckedIn("imports")) {
            required.add(service.substring(0, service.lastIndexOf('.')));
        }
        required.removeAll(imported);
        assertEquals(Set.of(), required, "Import-Package lacks host packages");
    }

    @Test
    void libraryImportsAcceptEveryTargetVersion() {
        String header = manifest.getValue("Import-Package");
        // Confluence 8 and 9 export SLF4J 1.7 and Spring 5.3; Confluence 10 newer majors.
        assertTrue(header.contains("org.slf4j;version=\"[1.7,3)\""), header);
        assertTrue(header.contains("org.springframework.beans.factory;version=\"[5.0,7)\""),
                header);
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String name = clause.split(";")[0].trim();
            if (name.equals("org.slf4j") || name.startsWith("org.springframework")
                    || name.equals("javax.inject") || name.startsWith("com.atlassian.event")) {
                assertFalse(clause.contains("optional"), "required import is optional: "
                        + clause);
            }
        }
    }

    @Test
    void importsNoJavaPackagesAndExportsNothing() {
        for (String name : importedPackages()) {
            assertFalse(name.startsWith("java."), "Import-Package names " + name);
        }
        String exports = manifest.getValue("Export-Package");
        assertTrue(exports == null || exports.isBlank(), "bundle exports " + exports);
    }

    @Test
    void containsNoHostClasses() {
        List<String> hostEntries = entryNames().stream()
                .filter(name -> name.startsWith("com/atlassian/") || name.startsWith("javax/"))
                .collect(Collectors.toList());
        assertEquals(List.of(), hostEntries, "host declarations were packaged");
    }

    @Test
    void classesAreOnlyThePluginsOwn() {
        List<String> foreign = entryNames().stream()
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith("wales/piap/"))
                .collect(Collectors.toList());
        assertEquals(List.of(), foreign, "classes outside wales.piap at the bundle root");
    }

    @Test
    void embedsJsoupAndJackson() {
        List<String> classPath = Arrays.asList(manifest.getValue("Bundle-ClassPath").split(","));
        for (String prefix : List.of("jsoup-", "jackson-databind-", "jackson-core-",
                "jackson-annotations-")) {
            String embedded = entryNames().stream()
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".jar"))
                    .findFirst()
                    .orElse(null);
            assertNotNull(embedded, prefix + "*.jar is not embedded");
            assertTrue(classPath.contains(embedded), embedded + " not on Bundle-ClassPath");
        }
    }

    @Test
    void springContextUsesScannerIndexes() throws IOException {
        Document context = parseXml("META-INF/spring/plugin-context.xml");
        assertNotNull(context.selectFirst("atlassian-scanner|scan-indexes"),
                "plugin-context.xml lacks atlassian-scanner:scan-indexes");
    }

    @Test
    void scannerIndexFilesAreTheCheckedInOnes() throws IOException {
        for (String file : List.of("component", "imports")) {
            JarEntry entry = jar.getJarEntry("META-INF/plugin-components/" + file);
            assertNotNull(entry, "META-INF/plugin-components/" + file + " missing");
            Set<String> packaged = new TreeSet<>(Arrays.asList(read(entry).split("\\R")));
            packaged.removeIf(String::isBlank);
            assertEquals(ScannerIndex.readCheckedIn(file), packaged, file + " differs");
            assertFalse(packaged.isEmpty(), file + " is empty");
        }
    }

    @Test
    void componentClassesArePackaged() throws IOException {
        for (String component : ScannerIndex.readCheckedIn("component")) {
            String entry = component.replace('.', '/') + ".class";
            assertNotNull(jar.getJarEntry(entry), entry + " missing from the bundle");
        }
    }

    @Test
    void descriptorResourcesArePackaged() throws IOException {
        Document descriptor = parseXml("atlassian-plugin.xml");
        for (Element resource : descriptor.select("resource[type=download]")) {
            String location = resource.attr("location");
            assertNotNull(jar.getJarEntry(location), location + " missing from the bundle");
        }
        for (Element resource : descriptor.select("resource[type=i18n]")) {
            String base = resource.attr("location").replace('.', '/');
            assertNotNull(jar.getJarEntry(base + ".properties"), base + " bundle missing");
            assertNotNull(jar.getJarEntry(base + "_cy.properties"), base + " Welsh missing");
        }
    }

    private static Set<String> importedPackages() {
        String header = manifest.getValue("Import-Package");
        assertNotNull(header, "Import-Package missing");
        Set<String> names = new TreeSet<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            names.add(clause.split(";")[0].trim());
        }
        return names;
    }

    private static List<String> entryNames() {
        return Collections.list(jar.entries()).stream()
                .map(JarEntry::getName)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Document parseXml(String entryName) throws IOException {
        JarEntry entry = jar.getJarEntry(entryName);
        assertNotNull(entry, entryName + " missing from the bundle");
        return Jsoup.parse(read(entry), "", Parser.xmlParser());
    }

    private static String read(JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
