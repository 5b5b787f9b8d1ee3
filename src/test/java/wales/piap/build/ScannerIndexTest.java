package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ScannerIndexTest {

    private static final String REGENERATE = "; regenerate with mvn -B -q test-compile exec:java"
            + " -Dexec.mainClass=wales.piap.build.ScannerIndex -Dexec.classpathScope=test";

    @Test
    void componentIndexMatchesAnnotations() throws IOException {
        ScannerIndex derived = ScannerIndex.fromCompiledClasses();

        assertEquals(derived.components(), ScannerIndex.readCheckedIn("component"),
                "META-INF/plugin-components/component is stale" + REGENERATE);
    }

    @Test
    void importIndexMatchesAnnotations() throws IOException {
        ScannerIndex derived = ScannerIndex.fromCompiledClasses();

        assertEquals(derived.imports(), ScannerIndex.readCheckedIn("imports"),
                "META-INF/plugin-components/imports is stale" + REGENERATE);
    }

    @Test
    void importsAreHostInterfaces() {
        for (String name : ScannerIndex.fromCompiledClasses().imports()) {
            assertFalse(name.startsWith("wales.piap"), "imports names a plugin class: " + name);
        }
    }
}
