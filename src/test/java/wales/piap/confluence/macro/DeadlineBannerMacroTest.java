package wales.piap.confluence.macro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLabels;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.ViewerLocale;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.VelocityTestRenderer;
import wales.piap.storage.PlanPages;

class DeadlineBannerMacroTest {

    private final LabelManager labelManager = mock(LabelManager.class);
    private final ViewerLocale viewerLocale = mock(ViewerLocale.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final Space space = new Space("SCH");
    private Page home;
    private Page recommendation;

    @BeforeEach
    void setUp() {
        when(viewerLocale.current()).thenReturn(Locale.UK);
        when(context.getOutputType()).thenReturn("display");
        home = page(1, "Plan home", PlanPages.home(facts("St Mary & St John's <Primary>",
                LocalDate.of(2025, 12, 4), PlanLanguage.EN)).body());
        home.getLabels().add(new Label(PlanLabels.HOME));
        recommendation = page(2, "R1", "<p>R1</p>");
        home.addChild(recommendation);
    }

    @Test
    void showsDueDateOnRecommendationPage() {
        when(context.getEntity()).thenReturn(recommendation);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("15 January 2026"), html);
        assertTrue(html.contains("St Mary &amp; St John&#39;s &lt;Primary&gt;"), html);
        assertFalse(html.contains("<Primary>"));
    }

    @Test
    void showsOverdueAsText() {
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2026, 2, 2)).execute(Map.of(), null, context);

        assertTrue(html.toLowerCase(Locale.ROOT).contains("overdue"), html);
    }

    @Test
    void welshPlanShowsWelshDate() {
        home.setBodyAsString(PlanPages.home(facts("Ysgol Enghraifft",
                LocalDate.of(2025, 12, 4), PlanLanguage.CY)).body());
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("15 Ionawr 2026"), html);
    }

    @Test
    void rejectsInvalidWindowNamingValue() {
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8))
                .execute(Map.of("due-soon-days", "soon"), null, context);

        assertTrue(html.contains("aui-message-error"), html);
        assertTrue(html.contains("soon"), html);
    }

    @Test
    void warnsOutsidePlanTree() {
        when(context.getEntity()).thenReturn(page(9, "Elsewhere", "<p/>"));

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-warning"), html);
        assertTrue(html.contains("not part of a post-inspection action plan"), html);
    }

    @Test
    void reportsUnreadableFactsWithoutThrowing() {
        home.setBodyAsString("<p>The facts block was deleted</p>");
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-error"), html);
        assertTrue(html.contains("could not be read"), html);
    }

    @Test
    void ownCalendarPageMovesDueDate() {
        Page own = page(3, "Our own term dates", "<ac:structured-macro ac:name=\"code\">"
                + "<ac:plain-text-body><![CDATA[" + ownYearJson() + "]]></ac:plain-text-body>"
                + "</ac:structured-macro>");
        own.getLabels().add(new Label(PlanCalendars.OWN_CALENDAR_LABEL));
        home.addChild(own);
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertFalse(html.contains("15 January 2026"), html);
    }

    @Test
    void invalidLaCalendarPageIsNamed() {
        Page calendarPage = page(4, "Powys dates 2027/28", "<p>no code block</p>");
        Label label = new Label(PlanCalendars.LA_CALENDAR_LABEL);
        when(labelManager.getLabel(PlanCalendars.LA_CALENDAR_LABEL)).thenReturn(label);
        when(labelManager.getContentForLabel(0, 50, label)).thenReturn(
                new PartialList<ContentEntityObject>(1, 0, List.of(calendarPage)));
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("Powys dates 2027/28"), html);
        assertTrue(html.contains("15 January 2026"), html);
    }

    @Test
    void futureSentDateIsNamedAndIgnored() {
        PlanFacts facts = new PlanFacts("Ysgol", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.CARDIFF, Category.SPECIAL_MEASURES, LocalDate.of(2025, 12, 4),
                null, null, PlanLanguage.EN, LocalDate.of(2026, 1, 5), null,
                HalfTermReading.HALF_TERMS_COUNT);
        home.setBodyAsString(PlanPages.home(facts).body());
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("5 January 2026, is in the future"), html);
        assertTrue(html.contains("15 January 2026"), "deadline still counted: " + html);
    }

    @Test
    void welshPlanWarningsAreWelsh() {
        PlanFacts facts = new PlanFacts("Ysgol", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.CARDIFF, Category.SPECIAL_MEASURES, LocalDate.of(2025, 12, 4),
                null, null, PlanLanguage.CY, LocalDate.of(2026, 1, 5), null,
                HalfTermReading.HALF_TERMS_COUNT);
        home.setBodyAsString(PlanPages.home(facts).body());
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("5 Ionawr 2026, yn y dyfodol"), html);
        assertFalse(html.contains("is in the future"), html);
    }

    @Test
    void directedDeadlineOnPublicationDayIsExplained() {
        PlanFacts facts = new PlanFacts("Ysgol", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.CARDIFF, Category.SPECIAL_MEASURES, LocalDate.of(2025, 12, 4),
                LocalDate.of(2025, 12, 4), "WG/1", PlanLanguage.EN, null, null,
                HalfTermReading.HALF_TERMS_COUNT);
        home.setBodyAsString(PlanPages.home(facts).body());
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("4 December 2025, is not after"), html);
        assertFalse(html.contains("Exception"), html);
    }

    @Test
    void unreadableSentDateIsNamed() {
        String body = home.getBodyAsString();
        int row = body.indexOf("Draft sent to Estyn");
        assertTrue(row > 0, "home page has a draft-sent row");
        int cellStart = body.indexOf("<td>", row);
        int cellEnd = body.indexOf("</td>", cellStart);
        home.setBodyAsString(body.substring(0, cellStart) + "<td><p>next week</p>"
                + body.substring(cellEnd));
        when(context.getEntity()).thenReturn(home);

        String html = macro(LocalDate.of(2025, 12, 8)).execute(Map.of(), null, context);

        assertTrue(html.contains("next week"), html);
        assertTrue(html.contains("15 January 2026"), html);
    }

    private DeadlineBannerMacro macro(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant(), ZoneId.of("UTC"));
        return new DeadlineBannerMacro(new PlanLocator(), new PlanCalendars(labelManager),
                viewerLocale, new VelocityTestRenderer(), clock);
    }

    private Page page(long id, String title, String body) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(space);
        page.setBodyAsString(body);
        return page;
    }

    private static PlanFacts facts(String name, LocalDate published, PlanLanguage language) {
        return new PlanFacts(name, SettingType.MAINTAINED_SCHOOL, LocalAuthority.CARDIFF,
                Category.SPECIAL_MEASURES, published, null, null, language, null, null,
                HalfTermReading.HALF_TERMS_COUNT);
    }

    /** A school year in which the school closes for three weeks at Christmas 2025. */
    private static String ownYearJson() {
        return "{\"source\":\"School governing body\",\"schoolYears\":[{"
                + "\"schoolYear\":\"2025/26\",\"source\":\"School governing body\","
                + "\"confidence\":\"high\","
                + "\"known\":[{\"first\":\"2025-09-01\",\"last\":\"2026-08-31\"}],"
                + "\"holidays\":[{\"kind\":\"christmas\",\"name\":\"Christmas\","
                + "\"first\":\"2025-12-15\",\"last\":\"2026-01-02\"}]}]}";
    }
}
