package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wales.piap.plan.Category;
import wales.piap.plan.Finding;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.PlanValidator;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.SettingType;
import wales.piap.storage.PageDraft;
import wales.piap.storage.PlanPageParser;
import wales.piap.storage.PlanPages;

/**
 * Renders the three validation templates with real corpus pages in English, Welsh and an
 * unsupported locale, and checks the text, the escaping and the absence of raw i18n keys.
 */
class ValidationTemplatesTest {

    private static final String HOSTILE_TITLE = "Tom & <b>Jerry</b> <script>x()</script>";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Pattern RAW_KEY = Pattern.compile("piap\\.[a-z-]+\\.[a-zA-Z.-]+");

    private final VelocityTestRenderer renderer = new VelocityTestRenderer();
    private final PlanPageParser parser = new PlanPageParser();
    private final PlanValidator validator = new PlanValidator();
    private final PlanFacts facts = new PlanFacts("Ysgol Gynradd Enghraifft",
            SettingType.MAINTAINED_SCHOOL, LocalAuthority.POWYS, Category.SPECIAL_MEASURES,
            LocalDate.of(2025, 1, 16), null, null, PlanLanguage.EN, null, null,
            HalfTermReading.HALF_TERMS_COUNT);

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "cy-GB", "de-DE"})
    void reportHasNoRawKeysInAnyLocale(String tag) throws IOException {
        String html = renderAll(Locale.forLanguageTag(tag));

        Matcher raw = RAW_KEY.matcher(html);
        assertFalse(raw.find(), () -> "raw key " + raw.group() + " in " + tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "cy-GB", "de-DE"})
    void hostileTextIsEscapedOnce(String tag) throws IOException {
        String html = renderAll(Locale.forLanguageTag(tag));

        assertFalse(html.contains("<script"), "script element in output");
        assertFalse(html.contains("<img"), "img element in output");
        assertFalse(html.contains("<b>Jerry"), "page title rendered as markup");
        assertFalse(html.contains("&amp;amp;"), "double escape");
        assertFalse(html.contains("&amp;lt;"), "double escape");
        assertFalse(html.contains("javascript:"), "unsafe link kept");
        assertTrue(html.contains("Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;"), "title escaped once");
        assertTrue(html.contains("audit &lt;img src=x onerror=alert(2)&gt;"),
                "typed markup kept as text");
        assertTrue(html.contains("href=\"/pages/viewpage.action?pageId=7&amp;src=piap\""),
                "safe link escaped once");
    }

    @Test
    void unsupportedLocaleGetsEnglish() throws IOException {
        assertEquals(renderAll(Locale.UK), renderAll(Locale.GERMANY));
    }

    @Test
    void welshReportUsesWelshTextAndDates() throws IOException {
        String html = renderReport("rec-dates-inconsistent", new Locale("cy", "GB"));

        assertTrue(html.contains("Ar goll") || html.contains("Anghyson"), html);
        assertTrue(html.contains("14 Mawrth 2027"), "date in Welsh: " + html);
        assertTrue(html.contains("lang=\"cy\""), "lang attribute");
    }

    @Test
    void englishReportFormatsDatesInMessages() throws IOException {
        String html = renderReport("rec-dates-inconsistent", Locale.UK);

        assertTrue(html.contains("14 March 2027"), html);
        assertTrue(html.contains("16 January 2027"), "horizon date: " + html);
        assertTrue(html.contains("aui-message-error"), "incomplete state");
    }

    @Test
    void completePlanShowsCompleteState() throws IOException {
        String html = renderReport("rec-complete-en", Locale.UK);

        assertTrue(html.contains("aui-message-success"), html);
        assertTrue(html.contains("Complete: every part the guidance requires is filled in."));
        assertFalse(html.contains("piap-validation-table"), "no findings table");
    }

    @Test
    void weakFindingsShowAsSuggestionsWhenComplete() throws IOException {
        String html = renderReport("rec-quantifier-only", Locale.UK);

        assertTrue(html.contains("aui-message-success"), "weak findings do not block");
        assertTrue(html.contains("Suggestions to strengthen the plan"), html);
        assertTrue(html.contains(">Weak<"), "severity as text");
    }

    @Test
    void recommendationTableShowsRagFieldsAndNextMilestone() throws IOException {
        RecommendationContent page = page("rec-missing-lead");
        Messages messages = Messages.forLocale(Locale.UK);
        Map<String, Object> context = RecommendationTableView.build(page,
                validator.validateRecommendation(page, facts), TODAY, messages);

        String html = renderer.render(RecommendationTableView.TEMPLATE, context);

        assertTrue(html.contains("Red: required parts missing"), html);
        assertTrue(html.contains("Green: complete"), "R1.1 is complete");
        assertTrue(html.contains("Lead: Missing"), html);
        assertTrue(html.contains("Support: complete"), html);
        assertTrue(html.contains("31 March 2025"), "next milestone of R1.2");
        assertTrue(html.contains("Actions for R1"), "caption");
    }

    @Test
    void summaryRowsLayoutHasOneRowPerRecommendation() throws IOException {
        List<RecommendationContent> pages = List.of(page("rec-complete-en"),
                page("rec-untouched-blueprint"));
        List<Finding> findings = new ArrayList<>();
        pages.forEach(p -> findings.addAll(validator.validateRecommendation(p, facts)));
        Map<String, Object> context = PlanSummaryView.build(pages, findings, Map.of(), TODAY,
                PlanSummaryView.Layout.fromParameter("rows").orElseThrow(),
                Messages.forLocale(Locale.UK));

        String html = renderer.render(PlanSummaryView.TEMPLATE, context);

        assertEquals(2, html.split("<tr>", -1).length - 2, "header row plus two rows");
        assertTrue(html.contains("Green: complete"), html);
        assertTrue(html.contains("Red: required parts missing"), html);
        assertFalse(html.contains("piap-actions-table"), "rows layout has no action tables");
    }

    @Test
    void summaryTablesLayoutIsTheDefault() throws IOException {
        List<RecommendationContent> pages = List.of(page("rec-complete-en"));
        Map<String, Object> context = PlanSummaryView.build(pages, List.of(), Map.of(), TODAY,
                PlanSummaryView.Layout.fromParameter(null).orElseThrow(),
                Messages.forLocale(Locale.UK));

        String html = renderer.render(PlanSummaryView.TEMPLATE, context);

        assertTrue(html.contains("piap-actions-table"), html);
        assertTrue(html.contains("R1.2"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void summaryShowsBilingualWordingOnce(String language) throws IOException {
        PlanFacts bilingual = new PlanFacts("Ysgol", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.POWYS, Category.SPECIAL_MEASURES, LocalDate.of(2025, 1, 16),
                null, null, PlanLanguage.BILINGUAL, null, null,
                HalfTermReading.HALF_TERMS_COUNT);
        PageDraft draft = PlanPages.recommendation(bilingual, 1, "Improve attendance.");
        RecommendationContent page = new PlanPageParser().parseRecommendation("1",
                draft.title(), draft.body());
        Map<String, Object> context = PlanSummaryView.build(List.of(page), List.of(),
                Map.of(), TODAY, PlanSummaryView.Layout.TABLES,
                Messages.forLocale(Locale.forLanguageTag(language)));

        String html = renderer.render(PlanSummaryView.TEMPLATE, context);

        assertTrue(html.contains("R1 Improve attendance.</h4>"), html);
        assertFalse(html.contains("Recommendation R1"), html);
        assertFalse(html.contains("Argymhelliad R1"), html);
    }

    @Test
    void summaryLayoutReadsKnownValuesOnly() {
        assertEquals(Optional.of(PlanSummaryView.Layout.TABLES),
                PlanSummaryView.Layout.fromParameter(null));
        assertEquals(Optional.of(PlanSummaryView.Layout.TABLES),
                PlanSummaryView.Layout.fromParameter(" "));
        assertEquals(Optional.of(PlanSummaryView.Layout.TABLES),
                PlanSummaryView.Layout.fromParameter("Tables"));
        assertEquals(Optional.of(PlanSummaryView.Layout.ROWS),
                PlanSummaryView.Layout.fromParameter(" rows "));
        assertEquals(Optional.empty(), PlanSummaryView.Layout.fromParameter("grid"));
        assertEquals(Optional.empty(), PlanSummaryView.Layout.fromParameter("<script>"));
    }

    private String renderAll(Locale locale) throws IOException {
        return renderReport("rec-hostile-script", locale)
                + renderReport("rec-untouched-blueprint", locale)
                + renderTable("rec-hostile-script", locale)
                + renderSummary(locale);
    }

    private String renderReport(String name, Locale locale) throws IOException {
        RecommendationContent page = hostileTitled(page(name));
        List<Finding> findings = validator.validateRecommendation(page, facts);
        Map<String, String> links = Map.of(
                page.pageId(), "/pages/viewpage.action?pageId=7&src=piap",
                "other", "javascript:alert(1)");
        return renderer.render(ValidationReportView.TEMPLATE,
                ValidationReportView.build(findings, links, Messages.forLocale(locale)));
    }

    private String renderTable(String name, Locale locale) throws IOException {
        RecommendationContent page = page(name);
        return renderer.render(RecommendationTableView.TEMPLATE, RecommendationTableView.build(
                page, validator.validateRecommendation(page, facts), TODAY,
                Messages.forLocale(locale)));
    }

    private String renderSummary(Locale locale) throws IOException {
        List<RecommendationContent> pages = List.of(page("rec-hostile-script"),
                page("rec-untouched-blueprint"));
        List<Finding> findings = new ArrayList<>();
        pages.forEach(p -> findings.addAll(validator.validateRecommendation(p, facts)));
        Map<String, String> links = Map.of(pages.get(1).pageId(), "javascript:alert(2)");
        Messages messages = Messages.forLocale(locale);
        return renderer.render(PlanSummaryView.TEMPLATE, PlanSummaryView.build(pages, findings,
                links, TODAY, PlanSummaryView.Layout.TABLES, messages))
                + renderer.render(PlanSummaryView.TEMPLATE, PlanSummaryView.build(pages,
                        findings, links, TODAY, PlanSummaryView.Layout.ROWS, messages));
    }

    private RecommendationContent page(String name) throws IOException {
        String path = "/wales/piap/corpus/" + name + ".xml";
        try (InputStream in = ValidationTemplatesTest.class.getResourceAsStream(path)) {
            String storage = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parser.parseRecommendation(name, name, storage);
        }
    }

    private static RecommendationContent hostileTitled(RecommendationContent page) {
        return new RecommendationContent(page.pageId(), HOSTILE_TITLE, page.reference(),
                page.text(), page.successCriteria(), page.actions(), page.parents(),
                page.problems());
    }
}
