package wales.piap.preview;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of tests that talk to a preview host over HTTP: each test gets its own host on a free
 * port over an empty data folder, and the host is stopped afterwards.
 */
abstract class RunningPreview {

    @TempDir
    Path data;

    PreviewHost host;
    PreviewClient client;

    @BeforeEach
    void startHost() throws IOException {
        host = new PreviewHost(data);
        client = new PreviewClient(host.start(0));
    }

    @AfterEach
    void stopHost() {
        host.stop();
    }
}
