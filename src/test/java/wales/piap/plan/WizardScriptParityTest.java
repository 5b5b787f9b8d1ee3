package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the wizard script's recommendation cleaning under Node.js on the same table as
 * {@link RecommendationListTest} and checks it matches the Java rules. Skipped where no
 * {@code node} command is installed.
 */
class WizardScriptParityTest {

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    @Test
    void scriptStripsMarkersLikeJava(@TempDir Path directory) throws Exception {
        assumeTrue(nodeInstalled(), "node is not installed");
        List<String> lines = RecommendationListTest.lines()
                .map(arguments -> (String) arguments.get()[0]).collect(Collectors.toList());
        ObjectMapper json = new ObjectMapper();
        Path input = directory.resolve("lines.json");
        json.writeValue(input.toFile(), lines);
        Path script = directory.resolve("parity.js");
        Path wizard = Paths.get("src/main/resources/wizard/piap-wizard.js").toAbsolutePath();
        Files.writeString(script, String.join("\n",
                "global.window = {AJS: {I18n: {getText: function (k) { return k; }}}};",
                "require(" + json.writeValueAsString(wizard.toString()) + ");",
                "var lines = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));",
                "process.stdout.write(JSON.stringify(lines.map(window.PiapWizardRules"
                        + ".stripMarkers)));"), StandardCharsets.UTF_8);

        Process node = new ProcessBuilder("node", script.toString(), input.toString())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), output);

        List<String> fromScript = json.readValue(output, new TypeReference<List<String>>() { });
        List<String> fromJava = lines.stream().map(RecommendationList::stripMarkers).toList();
        assertEquals(fromJava, fromScript);
    }
}
