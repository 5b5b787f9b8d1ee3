package wales.piap.confluence.macro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.confluence.ViewerLocale;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PageRole;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.VelocityTestRenderer;
import wales.piap.render.ViewRenderer;
import wales.piap.storage.PlanPages;

/** Runs the validation, recommendation table and plan summary macros on a small plan tree. */
class ValidationMacrosTest {

    private static final String SECRET_TITLE = "R4 Restricted <secret> page";

    private final ViewerLocale viewerLocale = mock(ViewerLocale.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final Space space = new Space("SCH");
    private final Clock clock = Clock.fixed(
            LocalDate.of(2025, 3, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private Page home;
    private Page complete;
    private Page untouched;
    private Page restricted;
    private Page laStatement;

    @BeforeEach
    void setUp() throws IOException {
        when(viewerLocale.current()).thenReturn(Locale.UK);
        when(context.getOutputType()).thenReturn("display");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example");
        PlanFacts facts = new PlanFacts("Ysgol Gynradd Enghraifft",
                SettingType.MAINTAINED_SCHOOL, LocalAuthority.POWYS, Category.SPECIAL_MEASURES,
                LocalDate.of(2025, 1, 16), null, null, PlanLanguage.EN, null, null,
                HalfTermReading.HALF_TERMS_COUNT);
        home = page(1, "Plan", PlanPages.home(facts).body(), PageRole.HOME);
        complete = page(2, "R1 Safeguarding", corpus("rec-complete-en"), PageRole.RECOMMENDATION);
        untouched = page(3, "R2 Leadership", corpus("rec-untouched-blueprint"),
                PageRole.RECOMMENDATION);
        restricted = page(4, SECRET_TITLE, corpus("rec-missing-lead"), PageRole.RECOMMENDATION);
        laStatement = page(5, "LA statement", corpus("la-complete-en"), PageRole.LA_STATEMENT);
        for (Page child : new Page[] {complete, untouched, restricted, laStatement}) {
            home.addChild(child);
        }
        when(permissions.hasPermission(any(), eq(Permission.VIEW), any())).thenReturn(true);
        when(permissions.hasPermission(any(), eq(Permission.VIEW), eq(restricted)))
                .thenReturn(false);
    }

    @Test
    void planScopeListsVisiblePagesOnly() {
        when(context.getEntity()).thenReturn(home);

        String html = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertTrue(html.contains("R2 Leadership"), html);
        assertTrue(html.contains("https://wiki.example/pages/viewpage.action?pageId=3"), html);
        assertFalse(html.contains("Restricted"), "restricted page named");
        assertFalse(html.contains("Name the person who leads"), "restricted finding: " + html);
    }

    @Test
    void hiddenLaStatementIsNotReportedAbsent() {
        when(permissions.hasPermission(any(), eq(Permission.VIEW), eq(laStatement)))
                .thenReturn(false);
        when(context.getEntity()).thenReturn(home);

        String html = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertFalse(html.contains("Add the local authority statement page"), html);
    }

    @Test
    void autoScopeOnCompletePageIsComplete() {
        when(context.getEntity()).thenReturn(complete);

        String html = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-success"), html);
    }

    @Test
    void termMilestonesUsePlanAuthorityCalendar() {
        complete.setBodyAsString(corpus("rec-term-unknown"));
        when(context.getEntity()).thenReturn(complete);

        String html = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);

        // The plan is in Powys, whose bundled calendar has no autumn 2028 and no spring 2027.
        assertTrue(html.contains("The school calendar for 2028 is not known"), html);
        assertTrue(html.contains("start of the autumn term 2028"), html);
        assertTrue(html.contains("The school calendar for 2027 is not known"), html);
    }

    @Test
    void invalidScopeIsRejectedWithMessage() {
        when(context.getEntity()).thenReturn(home);

        String html = validation(new VelocityTestRenderer())
                .execute(Map.of("scope", "<script>x</script>"), null, context);

        assertTrue(html.contains("aui-message-error"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void summaryRejectsUnknownLayout(String language) {
        when(viewerLocale.current()).thenReturn(Locale.forLanguageTag(language));
        when(context.getEntity()).thenReturn(home);

        String html = summary(new VelocityTestRenderer())
                .execute(Map.of("layout", " grid "), null, context);

        assertTrue(html.contains("aui-message-error"), html);
        assertTrue(html.contains("grid"), html);
        assertTrue(html.contains("layout"), html);
        assertTrue(html.contains("tables"), html);
        assertTrue(html.contains("rows"), html);
        assertFalse(html.contains("piap-actions-table"), html);
    }

    @Test
    void summaryAcceptsRowsLayout() {
        when(context.getEntity()).thenReturn(home);

        String html = summary(new VelocityTestRenderer())
                .execute(Map.of("layout", "rows"), null, context);

        assertFalse(html.contains("aui-message-error"), html);
        assertFalse(html.contains("piap-actions-table"), html);
    }

    @Test
    void showMissingLeavesOutSuggestions() {
        complete.setBodyAsString(corpus("rec-quantifier-only"));
        when(context.getEntity()).thenReturn(complete);

        String all = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);
        String missing = validation(new VelocityTestRenderer())
                .execute(Map.of("show", "missing"), null, context);

        assertTrue(all.contains("Suggestions"), all);
        assertFalse(missing.contains("Suggestions"), missing);
    }

    @Test
    void pageOutsidePlanGetsWarning() {
        Page loose = page(9, "Loose", "<p>x</p>", PageRole.RECOMMENDATION);
        when(context.getEntity()).thenReturn(loose);

        String html = validation(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-warning"), html);
    }

    @Test
    void rendererFailureBecomesErrorPanel() {
        ViewRenderer failing = mock(ViewRenderer.class);
        when(failing.render(any(), any())).thenThrow(new IllegalStateException("boom"));
        when(context.getEntity()).thenReturn(home);

        String html = validation(failing).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-error"), html);
        assertTrue(html.contains("IllegalStateException"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"display", "preview", "pdf", "word", "html_export", "feed",
        "email", "diff"})
    void everyOutputTypeIsStaticHtml(String outputType) {
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getEntity()).thenReturn(untouched);
        VelocityTestRenderer renderer = new VelocityTestRenderer();

        String html = validation(renderer).execute(Map.of(), null, context)
                + table(renderer).execute(Map.of(), null, context)
                + summary(renderer).execute(Map.of("layout", "rows"), null, context);

        assertFalse(html.contains("<script"), outputType);
        assertTrue(html.contains("Red: required parts missing"), html);
    }

    @Test
    void recommendationTableShowsNextMilestone() {
        when(context.getEntity()).thenReturn(complete);

        String html = table(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertTrue(html.contains("Green: complete"), html);
        assertTrue(html.contains("31 March 2025"), html);
    }

    @Test
    void recommendationTableOnHomeGetsWarning() {
        when(context.getEntity()).thenReturn(home);

        String html = table(new VelocityTestRenderer()).execute(Map.of(), null, context);

        assertTrue(html.contains("aui-message-warning"), html);
    }

    @Test
    void summaryShowsVisibleRecommendations() {
        when(context.getEntity()).thenReturn(home);

        String html = summary(new VelocityTestRenderer())
                .execute(Map.of("layout", "tables"), null, context);

        assertTrue(html.contains("R1.2"), html);
        assertTrue(html.contains("This recommendation has no actions yet."), html);
        assertFalse(html.contains("secret"), html);
    }

    private ValidationMacro validation(ViewRenderer renderer) {
        return new ValidationMacro(new PlanLocator(), viewerLocale, renderer, application,
                treeCheck());
    }

    private RecommendationTableMacro table(ViewRenderer renderer) {
        return new RecommendationTableMacro(new PlanLocator(), viewerLocale, renderer,
                application, treeCheck(), clock);
    }

    private PlanSummaryMacro summary(ViewRenderer renderer) {
        return new PlanSummaryMacro(new PlanLocator(), viewerLocale, renderer, application,
                treeCheck(), clock);
    }

    private Page page(long id, String title, String body, PageRole role) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(space);
        page.setBodyAsString(body);
        for (String label : role.labels()) {
            page.getLabels().add(new Label(label));
        }
        return page;
    }

    private static String corpus(String name) {
        String path = "/wales/piap/corpus/" + name + ".xml";
        try (InputStream in = ValidationMacrosTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("corpus page " + name, e);
        }
    }

    private PlanTreeCheck treeCheck() {
        return new PlanTreeCheck(permissions, new PlanCalendars(mock(LabelManager.class)));
    }
}
