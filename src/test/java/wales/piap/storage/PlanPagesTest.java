package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PageRole;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.SettingType;
import wales.piap.plan.WizardInput;
import wales.piap.render.Messages;

class PlanPagesTest {

    /** Parses strictly: jsoup's XML parser with error tracking, so broken markup is seen. */
    private static Document parseStrict(String storage) {
        Parser parser = Parser.xmlParser().setTrackErrors(50);
        Document document = parser.parseInput("<root>" + storage + "</root>", "");
        assertEquals(List.of(), parser.getErrors(), "XML errors in: " + storage);
        return document;
    }

    private static List<String> macroNames(Document document) {
        return document.getElementsByTag("ac:structured-macro").stream()
                .map(m -> m.attr("ac:name")).toList();
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void everyPageParsesAsXml(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);

        parseStrict(PlanPages.home(input.facts()).body());
        for (PageDraft page : PlanPages.children(input)) {
            parseStrict(page.body());
        }
    }

    @Test
    void hostileSettingNameStaysText() {
        WizardInput input = PlanExamples.primary(PlanLanguage.EN);
        String body = PlanPages.home(input.facts()).body();

        Document document = parseStrict(body);

        assertFalse(body.contains("<Primary>"));
        assertEquals(0, document.getElementsByTag("Primary").size());
        Element firstValue = document.selectFirst("tr td");
        assertEquals(PlanExamples.HOSTILE_NAME, firstValue.text());
    }

    @Test
    void hostileRecommendationStaysText() {
        String wording = "<img src=x onerror=alert(1)></table>]]> & \"quoted\"";
        PageDraft page = PlanPages.recommendation(
                PlanExamples.school("Ysgol", PlanLanguage.EN), 1, wording);

        Document document = parseStrict(page.body());

        assertEquals(0, document.getElementsByTag("img").size());
        assertTrue(document.text().contains(wording), document.text());
    }

    @Test
    void homeHasFactsBlockThenMacros() {
        Document document = parseStrict(
                PlanPages.home(PlanExamples.school("Ysgol", PlanLanguage.EN)).body());

        assertEquals(List.of("details", "status", "piap-deadline-banner", "piap-validation",
                "piap-plan-summary", "children"), macroNames(document));
        Element details = document.getElementsByTag("ac:structured-macro").first();
        assertEquals(PlanFactLabels.DETAILS_ID, details.selectFirst("ac|parameter").text());
        List<String> labels = details.getElementsByTag("th").eachText();
        assertEquals(List.of("Setting", "Setting type", "Local authority", "Follow-up category",
                "Report published", "Directed deadline", "Direction reference", "Plan language",
                "One-week half-terms", "Plan status", "Draft sent to Estyn"), labels);
        assertEquals("2025-01-16", details.selectFirst("time").attr("datetime"));
    }

    @Test
    void draftSentAndDirectedDeadlineStartAsPlaceholders() {
        Document document = parseStrict(
                PlanPages.home(PlanExamples.school("Ysgol", PlanLanguage.EN)).body());

        List<Element> rows = document.getElementsByTag("tr");
        Element draftSent = rows.get(rows.size() - 1).child(1);
        Element directed = rows.get(5).child(1);
        assertEquals(1, draftSent.getElementsByTag("ac:placeholder").size());
        assertTrue(StorageDocument.isEmpty(draftSent));
        assertTrue(StorageDocument.isEmpty(directed));
    }

    @Test
    void focusedImprovementHomeHasHorizonRow() {
        Document document = parseStrict(
                PlanPages.home(PlanExamples.setting(PlanLanguage.EN)).body());

        List<String> labels = document.getElementsByTag("th").eachText();
        assertTrue(labels.contains("Improvement expected by"), labels.toString());
        assertEquals(List.of("2025-03-06", "2025-03-27", "2026-03-06"),
                document.getElementsByTag("time").eachAttr("datetime"));
        assertTrue(document.text().contains("WG & co <17>"));
    }

    @Test
    void recommendationPageHasActionsTable() {
        PageDraft page = PlanPages.recommendation(
                PlanExamples.school("Ysgol", PlanLanguage.EN), 3, "Improve attendance.");
        Document document = parseStrict(page.body());

        Element table = document.getElementsByTag("table").first();
        assertEquals(List.of("Ref.", "Action", "Lead", "Support", "Timescale and milestones",
                "Resources", "Success criteria and quantitative targets",
                "Monitoring (who, when, how)"), table.getElementsByTag("th").eachText());
        List<Element> rows = table.getElementsByTag("tr");
        assertEquals(3, rows.size());
        assertEquals("R3.1", rows.get(1).child(0).text());
        assertEquals("R3.2", rows.get(2).child(0).text());
        assertEquals(7, rows.get(1).getElementsByTag("ac:placeholder").size());
        assertEquals(List.of("piap-recommendation-table", "piap-validation"),
                macroNames(document));
        assertEquals("R3 Improve attendance.", document.selectFirst("p").text());
    }

    @Test
    void recommendationPageAsksAboutParentsThreeTimes() {
        Document document = parseStrict(PlanPages.recommendation(
                PlanExamples.school("Ysgol", PlanLanguage.EN), 1, "Improve attendance.").body());

        List<String> headings = document.getElementsByTag("h2").eachText();
        int parents = headings.indexOf("Informing parents and carers");
        assertTrue(parents > 0, headings.toString());
        Element heading = document.getElementsByTag("h2").get(parents);
        List<Element> following = heading.nextElementSiblings();
        List<String> subHeadings = List.of("How parents and carers will be informed",
                "How their views will be sought", "How their views will be taken into account");
        for (int i = 0; i < 3; i++) {
            Element subHeading = following.get(2 * i);
            assertEquals("h3", subHeading.tagName());
            assertEquals(subHeadings.get(i), subHeading.text());
            Element paragraph = following.get(2 * i + 1);
            assertEquals("p", paragraph.tagName());
            assertEquals(1, paragraph.getElementsByTag("ac:placeholder").size());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CY | Sut y rhoddir gwybod i rieni a gofalwyr",
        "BILINGUAL | Sut y rhoddir gwybod i rieni a gofalwyr / "
                + "How parents and carers will be informed"})
    void parentsSubHeadingsFollowPlanLanguage(PlanLanguage language, String expected) {
        Document document = parseStrict(PlanPages.recommendation(
                PlanExamples.school("Ysgol", language), 1, "Gwella presenoldeb.").body());

        List<String> subHeadings = document.getElementsByTag("h3").eachText();
        assertEquals(3, subHeadings.size(), subHeadings.toString());
        assertEquals(expected, subHeadings.get(0));
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void parsedWordingHasNoHeadingWords(PlanLanguage language) {
        String wording = "Improve attendance.";
        PageDraft page = PlanPages.recommendation(PlanExamples.school("Ysgol", language), 1,
                wording);

        RecommendationContent content =
                new PlanPageParser().parseRecommendation("1", page.title(), page.body());

        assertEquals("R1", content.reference());
        assertEquals(wording, content.text().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MAINTAINED_SCHOOL | EN | governing body's annual report",
        "PUPIL_REFERRAL_UNIT | EN | management committee's annual report",
        "NON_MAINTAINED_SETTING | EN | registered person's annual report",
        "PUPIL_REFERRAL_UNIT | CY | adroddiad blynyddol y pwyllgor rheoli"})
    void reviewsNameBodyOfSettingType(SettingType type, PlanLanguage language,
            String expected) {
        PageDraft reviews = PlanPages.children(new WizardInput(facts(type, language),
                List.of("Improve attendance."))).stream()
                .filter(page -> page.role() == PageRole.PROGRESS_REVIEWS).findFirst()
                .orElseThrow();
        String text = parseStrict(reviews.body()).text();

        assertTrue(text.contains(expected), text);
        if (type != SettingType.MAINTAINED_SCHOOL) {
            assertFalse(text.contains("governing body"), text);
            assertFalse(text.contains("corff llywodraethu"), text);
        }
    }

    @Test
    void pruPowersNameManagementCommittee() {
        List<String> powers = powerLabels(facts(SettingType.PUPIL_REFERRAL_UNIT,
                PlanLanguage.BILINGUAL));

        assertEquals(5, powers.size(), powers.toString());
        assertTrue(powers.stream().noneMatch(label -> label.contains("governing body")),
                powers.toString());
        assertTrue(powers.stream().noneMatch(label -> label.contains("corff llywodraethu")),
                powers.toString());
        assertTrue(powers.contains("Rhoi aelodau gweithrediaeth interim yn lle'r pwyllgor "
                + "rheoli / Replace the management committee with an interim executive board"),
                powers.toString());
    }

    /** The page's power labels use the words of the validation findings about them. */
    @Test
    void powerLabelsMatchFindingTerms() {
        List<String> powers = powerLabels(facts(SettingType.MAINTAINED_SCHOOL, PlanLanguage.EN));
        Messages english = Messages.forLocale(Locale.UK);

        assertTrue(powers.contains("Replace the governing body with an interim executive board"),
                powers.toString());
        assertTrue(english.text("piap.validation.field.la-power-interim-executive-board")
                .contains("interim executive board"));
        assertTrue(powers.contains("Suspend the delegated budget"), powers.toString());
        assertTrue(english.text("piap.validation.field.la-power-budget-suspension")
                .contains("suspending the delegated budget"));
        for (String label : powers) {
            assertTrue(Vocabulary.power(label).isPresent(), label);
        }
        assertEquals(5, powers.stream().map(Vocabulary::power).distinct().count(),
                powers.toString());
    }

    private static PlanFacts facts(SettingType type, PlanLanguage language) {
        return new PlanFacts("Uned Enghraifft", type, LocalAuthority.POWYS,
                type == SettingType.NON_MAINTAINED_SETTING ? Category.FOCUSED_IMPROVEMENT
                        : Category.SIGNIFICANT_IMPROVEMENT,
                LocalDate.of(2025, 1, 16), null, null, language, null,
                type == SettingType.NON_MAINTAINED_SETTING ? LocalDate.of(2026, 1, 16) : null,
                HalfTermReading.HALF_TERMS_COUNT);
    }

    /** Returns the first cells of the powers table on the local authority statement. */
    private static List<String> powerLabels(PlanFacts facts) {
        PageDraft statement = PlanPages.children(new WizardInput(facts,
                List.of("Improve attendance."))).stream()
                .filter(page -> page.role() == PageRole.LA_STATEMENT).findFirst().orElseThrow();
        Element table = parseStrict(statement.body()).getElementsByTag("table").last();
        return table.select("tr").stream().skip(1).map(row -> row.child(0).text()).toList();
    }

    @Test
    void bilingualHeadingsPairWelshAndEnglish() {
        Document document = parseStrict(PlanPages.recommendation(
                PlanExamples.school("Ysgol", PlanLanguage.BILINGUAL), 1, "Gwella.").body());

        List<String> headings = document.getElementsByTag("h2").eachText();
        assertEquals("Argymhelliad R1 / Recommendation R1", headings.get(0));
        assertEquals("Meini prawf llwyddiant / Success criteria", headings.get(1));
    }

    @Test
    void welshPagesUseWelshText() {
        Document document = parseStrict(
                PlanPages.home(PlanExamples.school("Ysgol", PlanLanguage.CY)).body());

        List<String> labels = document.getElementsByTag("th").eachText();
        assertEquals("Lleoliad", labels.get(0));
        assertTrue(document.text().contains("Mesurau arbennig"), document.text());
        assertFalse(document.text().contains("piap."), "raw i18n key in " + document.text());
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void noRawKeysInAnyPage(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);
        StringBuilder all = new StringBuilder(PlanPages.home(input.facts()).body());
        PlanPages.children(input).forEach(p -> all.append(p.body()).append(p.title()));

        assertFalse(all.toString().contains(">piap."), "raw i18n key in output");
        assertFalse(all.toString().contains("piap.blueprint"), "raw i18n key in output");
    }

    @Test
    void laStatementListsFivePowersForSchools() {
        List<PageDraft> pages = PlanPages.children(PlanExamples.primary(PlanLanguage.EN));
        PageDraft statement = pages.get(4);
        Document document = parseStrict(statement.body());

        assertEquals(PageRole.LA_STATEMENT, statement.role());
        List<Element> tables = document.getElementsByTag("table");
        assertEquals(2, tables.size());
        assertEquals(PlanExamples.PRIMARY_RECOMMENDATIONS.size(),
                tables.get(0).getElementsByTag("tr").size() - 1);
        Element powers = tables.get(1);
        assertEquals(List.of("Power", "Decision", "Reasons"),
                powers.getElementsByTag("th").eachText());
        assertEquals(6, powers.getElementsByTag("tr").size());
        assertTrue(powers.text().contains("Appoint additional governors"));
    }

    @Test
    void laStatementForSettingHasNoPowersTable() {
        WizardInput input = new WizardInput(PlanExamples.setting(PlanLanguage.EN),
                List.of("Improve planning."));
        Document document = parseStrict(PlanPages.children(input).get(1).body());

        assertEquals(1, document.getElementsByTag("table").size());
        assertTrue(document.text().contains("apply to maintained schools"));
    }

    @Test
    void progressReviewsHaveTablePerRecommendation() {
        List<PageDraft> pages = PlanPages.children(PlanExamples.primary(PlanLanguage.EN));
        PageDraft reviews = pages.get(pages.size() - 1);
        Document document = parseStrict(reviews.body());

        assertEquals(PageRole.PROGRESS_REVIEWS, reviews.role());
        assertEquals(4, document.getElementsByTag("table").size());
        assertEquals("Date", document.selectFirst("th").text());
        assertTrue(document.getElementsByTag("h2").get(0).text()
                .startsWith("R1 Strengthen safeguarding"));
    }

    @Test
    void childrenInTreeOrderWithRoleLabels() {
        List<PageDraft> pages = PlanPages.children(PlanExamples.primary(PlanLanguage.EN));

        List<PageRole> roles = pages.stream().map(PageDraft::role).toList();
        assertEquals(List.of(PageRole.RECOMMENDATION, PageRole.RECOMMENDATION,
                PageRole.RECOMMENDATION, PageRole.RECOMMENDATION, PageRole.LA_STATEMENT,
                PageRole.PROGRESS_REVIEWS), roles);
        assertEquals(List.of("piap-plan", "piap-recommendation"), pages.get(0).labels());
        PageDraft home = PlanPages.home(PlanExamples.school("Ysgol", PlanLanguage.EN));
        assertEquals(List.of("piap-plan", "piap-home"), home.labels());
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void titlesAreUniqueAndShortEnough(PlanLanguage language) {
        WizardInput input = new WizardInput(PlanExamples.school("x".repeat(255), language),
                List.of("Improve.", "Improve.", "w".repeat(300)));
        Set<String> titles = new HashSet<>();
        titles.add(PlanPages.home(input.facts()).title());
        PlanPages.children(input).forEach(p -> titles.add(p.title()));

        assertEquals(6, titles.size(), titles.toString());
        for (String title : titles) {
            assertTrue(title.length() <= PageTitles.MAX_LENGTH, title.length() + ": " + title);
        }
    }
}
