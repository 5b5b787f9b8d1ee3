package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
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
 * {@code kill PID} would, to check that the shutdown hook stops the server and writes the data,
 * and with its port taken, to check that it exits with one clear line.
 */
class PreviewMainShutdownTest {

    @TempDir
    Path data;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // guards against a hang; not a speed check
    void sigtermStopsCleanly() throws Exception {
        Process process = startMain(0);
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
        assertTrue(log.contains("(process " + process.pid() + ", data in "), log);
        assertTrue(log.contains("PIAP preview stopped; data written to"), log);
        assertEquals(143, exitCode, "128 + SIGTERM (15)");
        try (var files = Files.list(data)) {
            assertTrue(files.findAny().isPresent(), "data folder written");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // guards against a hang; not a speed check
    void portInUseLogsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = startMain(taken.getLocalPort());
            String log = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            int exitCode = process.waitFor();

            assertTrue(log.contains("Port " + taken.getLocalPort() + " is already in use"), log);
            assertFalse(log.contains("Exception"), log);
            assertFalse(log.contains("\tat "), "no stack trace: " + log);
            assertNotEquals(0, exitCode);
        }
    }

    private Process startMain(int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dpiap.preview.port=" + port, "-Dpiap.preview.data=" + data,
                PreviewMain.class.getName())
                .redirectErrorStream(true).start();
    }
}
