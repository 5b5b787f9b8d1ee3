package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.piap.calendar.CalendarCatalogue;
import wales.piap.calendar.SchoolTerms;
import wales.piap.render.Messages;
import wales.piap.storage.PlanPageParser;

/**
 * Runs every page of the corpus through the parser and the validator and compares the
 * findings with the page's {@code .expected} file (format in the corpus README).
 */
class CorpusTest {

    private static final PlanPageParser PARSER = new PlanPageParser();

    static Stream<String> pages() throws IOException, URISyntaxException {
        Path corpus = corpusDirectory();
        try (Stream<Path> files = Files.list(corpus)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".xml"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageGivesExpectedFindings(String name) throws Exception {
        Path corpus = corpusDirectory();
        String storage = Files.readString(corpus.resolve(name + ".xml"), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(corpus.resolve(name + ".expected"));
        Expectation expected = Expectation.parse(name, lines);

        List<Finding> findings = expected.run(PARSER, storage);

        List<String> actual = findings.stream().map(Finding::summary).sorted().toList();
        assertEquals(expected.findings(), actual, () -> describe(findings));
        for (Finding finding : findings) {
            assertEquals(expected.title(), finding.pageTitle(), "page title of " + finding.summary());
            assertEquals("page-" + name, finding.pageId(), "page id of " + finding.summary());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyFindingHasBothLanguages(String name) throws Exception {
        Path corpus = corpusDirectory();
        String storage = Files.readString(corpus.resolve(name + ".xml"), StandardCharsets.UTF_8);
        Expectation expected = Expectation.parse(name,
                Files.readAllLines(corpus.resolve(name + ".expected")));
        Messages english = Messages.forLocale(Locale.UK);
        Messages welsh = Messages.forLocale(new Locale("cy", "GB"));
        for (Finding finding : expected.run(PARSER, storage)) {
            assertTrue(english.has(finding.messageKey()), "English " + finding.messageKey());
            assertTrue(welsh.has(finding.messageKey()), "Welsh " + finding.messageKey());
        }
    }

    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder("actual findings:\n");
        for (Finding finding : findings) {
            text.append(finding.summary()).append("  ").append(finding.messageKey())
                    .append(' ').append(finding.arguments()).append('\n');
        }
        return text.toString();
    }

    private static Path corpusDirectory() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/wales/piap/corpus/README.md").toURI())
                .getParent();
    }

    /** The directives and findings of one {@code .expected} file. */
    private record Expectation(String name, boolean laPage, String title, PlanFacts facts,
            List<String> recommendations, List<String> findings) {

        static Expectation parse(String name, List<String> lines) {
            boolean laPage = false;
            String title = name;
            LocalDate published = LocalDate.of(2025, 1, 16);
            Category category = Category.SPECIAL_MEASURES;
            LocalAuthority authority = LocalAuthority.values()[0];
            List<String> recommendations = List.of("R1", "R2", "R3", "R4");
            List<String> findings = new ArrayList<>();
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("@page la")) {
                    laPage = true;
                } else if (line.startsWith("@title ")) {
                    title = line.substring(7).strip();
                } else if (line.startsWith("@published ")) {
                    published = LocalDate.parse(line.substring(11).strip());
                } else if (line.startsWith("@category ")) {
                    category = Category.fromFormValue(line.substring(10)).orElseThrow();
                } else if (line.startsWith("@authority ")) {
                    authority = LocalAuthority.fromFormValue(line.substring(11)).orElseThrow();
                } else if (line.startsWith("@recommendations ")) {
                    recommendations = Arrays.asList(line.substring(17).strip().split("\\s+"));
                } else {
                    findings.add(String.join(" ", line.split("\\s+")));
                }
            }
            PlanFacts facts = new PlanFacts("Ysgol Gynradd Enghraifft",
                    SettingType.MAINTAINED_SCHOOL, authority, category,
                    published, null, null, PlanLanguage.EN, null, null,
                    HalfTermReading.HALF_TERMS_COUNT);
            return new Expectation(name, laPage, title, facts, recommendations,
                    findings.stream().sorted().toList());
        }

        /** Parses and checks the page, resolving school terms as the plan tree check does. */
        List<Finding> run(PlanPageParser parser, String storage) {
            String pageId = "page-" + name;
            PlanValidator validator = new PlanValidator(new SchoolTerms(
                    CalendarCatalogue.bundled().calendarFor(facts.localAuthority())));
            if (laPage) {
                return validator.validateLaStatement(
                        parser.parseLaStatement(pageId, title, storage), recommendations);
            }
            return validator.validateRecommendation(
                    parser.parseRecommendation(pageId, title, storage), facts);
        }
    }
}
