package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class I18nBundleTest {

    /** A quoted key such as "piap.deadline.state.overdue"; keys ending in '.' are prefixes. */
    private static final Pattern QUOTED_KEY =
            Pattern.compile("[\"'](piap\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])[\"']");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void welshBundlesHaveEveryEnglishKey() {
        Map<String, Properties> english = I18nBundles.english();
        Map<String, Properties> welsh = I18nBundles.welsh();
        for (String bundle : english.keySet()) {
            Set<String> missing = new TreeSet<>(english.get(bundle).stringPropertyNames());
            missing.removeAll(welsh.get(bundle).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from the Welsh " + bundle);
        }
    }

    @Test
    void englishBundlesHaveEveryWelshKey() {
        Map<String, Properties> english = I18nBundles.english();
        Map<String, Properties> welsh = I18nBundles.welsh();
        for (String bundle : welsh.keySet()) {
            Set<String> missing = new TreeSet<>(welsh.get(bundle).stringPropertyNames());
            missing.removeAll(english.get(bundle).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from the English " + bundle);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, Properties> bundle : I18nBundles.english().entrySet()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                assertTrue(seen.add(key), key + " is defined again in " + bundle.getKey());
            }
        }
    }

    @Test
    void bundleFilesAreAsciiWithEscapes() throws IOException {
        for (Path file : bundleFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, file + " has a raw non-ASCII byte at offset " + i
                        + "; write the character as a \\uXXXX escape");
            }
        }
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() {
        List<Map<String, Properties>> languages =
                List.of(I18nBundles.english(), I18nBundles.welsh());
        for (Map<String, Properties> bundles : languages) {
            for (Properties properties : bundles.values()) {
                for (String key : properties.stringPropertyNames()) {
                    String value = properties.getProperty(key);
                    assertFalse(LONE_APOSTROPHE.matcher(value).find(),
                            key + " has a single apostrophe; MessageFormat drops it: " + value);
                }
            }
        }
    }

    @Test
    void everyKeyUsedInSourcesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : sourceFiles()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Matcher matcher = QUOTED_KEY.matcher(text);
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!I18nBundles.englishHas(key) || !I18nBundles.welshHas(key)) {
                    missing.add(file + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing, "keys used in sources but missing from a bundle");
    }

    private static List<Path> bundleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Paths.get("src/main/resources/wales/piap/i18n"))) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> sourceFiles() throws IOException {
        List<Path> result = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources")) {
            try (Stream<Path> files = Files.walk(Paths.get(root))) {
                files.filter(p -> p.toString().matches(".*\\.(java|vm|soy|js|xml)$"))
                        .forEach(result::add);
            }
        }
        return result;
    }
}
