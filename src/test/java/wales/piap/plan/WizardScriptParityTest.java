package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the wizard script under Node.js on the same tables as the Java tests and checks that
 * it gives the same results as the Java rules. Skipped where no {@code node} command is
 * installed.
 */
class WizardScriptParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    /**
     * Loads the wizard script in Node, applies the JavaScript {@code function} to each of
     * {@code inputs} and returns the results as JSON. The i18n stub returns the message key
     * and its arguments as a JSON array, so messages can be compared with {@link FieldError}.
     */
    private JsonNode runScript(String function, List<?> inputs) throws Exception {
        assumeTrue(nodeInstalled(), "node is not installed");
        Path input = directory.resolve("inputs.json");
        JSON.writeValue(input.toFile(), inputs);
        Path script = directory.resolve("parity.js");
        Path wizard = Paths.get("src/main/resources/wizard/piap-wizard.js").toAbsolutePath();
        Files.writeString(script, String.join("\n",
                "global.window = {AJS: {I18n: {getText: function () {",
                "    return JSON.stringify(Array.prototype.slice.call(arguments)); }}}};",
                "require(" + JSON.writeValueAsString(wizard.toString()) + ");",
                "var rules = window.PiapWizardRules;",
                "var apply = " + function + ";",
                "var inputs = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));",
                "process.stdout.write(JSON.stringify(inputs.map(apply)));"),
                StandardCharsets.UTF_8);

        Process node = new ProcessBuilder("node", script.toString(), input.toString())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), output);
        return JSON.readTree(output);
    }

    @Test
    void scriptStripsMarkersLikeJava() throws Exception {
        List<String> lines = RecommendationListTest.lines()
                .map(arguments -> (String) arguments.get()[0]).collect(Collectors.toList());

        JsonNode fromScript = runScript("rules.stripMarkers", lines);

        List<String> fromJava = lines.stream().map(RecommendationList::stripMarkers).toList();
        assertEquals(JSON.valueToTree(fromJava), fromScript);
    }

    @Test
    void scriptJoinsWrappedLinesLikeJava() throws Exception {
        List<String> pastes = RecommendationListTest.pastes()
                .map(arguments -> (String) arguments.get()[0]).collect(Collectors.toList());

        JsonNode fromScript = runScript("rules.cleanRecommendations", pastes);

        List<List<String>> fromJava = pastes.stream().map(RecommendationList::clean).toList();
        assertEquals(JSON.valueToTree(fromJava), fromScript);
    }

    @Test
    void scriptReadsDatesLikeJava() throws Exception {
        List<String> texts = Stream.of(
                DateInputTest.readable().map(arguments -> (String) arguments.get()[0]),
                DateInputTest.nonexistent(), DateInputTest.unreadable(),
                Stream.of("0001-01-01", "2099-12-31", "29/02/2024"))
                .flatMap(stream -> stream).toList();

        JsonNode fromScript = runScript("function (text) { var date = rules.parseDate(text);"
                + " return [date ? date.toISOString().substring(0, 10) : null,"
                + " rules.hasDateShape(text)]; }", texts);

        List<List<Object>> fromJava = new ArrayList<>();
        for (String text : texts) {
            String date = DateInput.parse(text).map(Object::toString).orElse(null);
            fromJava.add(Arrays.asList(date, DateInput.hasDateShape(text)));
        }
        assertEquals(JSON.valueToTree(fromJava), fromScript);
    }

    @Test
    void scriptValidatesFormsLikeJava() throws Exception {
        List<Map<String, Object>> forms = new ArrayList<>();
        Stream.concat(WizardFormTest.singleErrors(), WizardFormTest.acceptedChanges())
                .forEach(arguments -> {
                    Map<String, Object> form = WizardFormTest.validForm();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> changes = (Map<String, Object>) arguments.get()[0];
                    form.putAll(changes);
                    forms.add(form);
                });
        forms.add(new HashMap<>());
        String today = LocalDate.now(WizardFormTest.CLOCK.withZone(WizardForm.ZONE)).toString();

        JsonNode fromScript = runScript("function (form) {"
                + " return rules.validate(form, rules.parseDate('" + today + "'))"
                + ".map(function (e) { return [e.field].concat(JSON.parse(e.message)); }); }",
                forms);

        List<List<Object>> fromJava = new ArrayList<>();
        for (Map<String, Object> form : forms) {
            List<Object> errors = new ArrayList<>();
            for (FieldError error : WizardForm.parse(form, WizardFormTest.CLOCK).errors()) {
                List<Object> row = new ArrayList<>(List.of(error.field(), error.messageKey()));
                row.addAll(error.args());
                errors.add(row);
            }
            fromJava.add(errors);
        }
        assertEquals(JSON.valueToTree(fromJava), fromScript);
    }
}
