package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts PreviewMain in its own JVM and stops it with SIGTERM, as a service manager or
 * {@code kill PID} would, to check that the shutdown hook stops the server and writes the data.
 */
class PreviewMainShutdownTest {

    @TempDir
    Path data;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // guards against a hang; not a speed check
    void sigtermStopsCleanly() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dpiap.preview.port=0", "-Dpiap.preview.data=" + data,
                PreviewMain.class.getName())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.contains("PIAP preview ready at")) {
                    // SIGTERM on Linux and macOS. Process.destroy would also close the stream
                    // that this loop still reads the shutdown log from.
                    process.toHandle().destroy();
                }
            }
        }
        int exitCode = process.waitFor();

        String log = String.join("\n", output);
        assertTrue(log.contains("PIAP preview ready at"), log);
        assertTrue(log.contains("PIAP preview stopped; data written to"), log);
        assertEquals(143, exitCode, "128 + SIGTERM (15)");
        try (var files = Files.list(data)) {
            assertTrue(files.findAny().isPresent(), "data folder written");
        }
    }
}
