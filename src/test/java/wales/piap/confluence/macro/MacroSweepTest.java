package wales.piap.confluence.macro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.confluence.ViewerLocale;
import wales.piap.confluence.snapshot.PlanStatusStore;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.PlanStatus;
import wales.piap.plan.SettingType;
import wales.piap.plan.WizardInput;
import wales.piap.render.VelocityTestRenderer;
import wales.piap.storage.PageDraft;
import wales.piap.storage.PlanPages;

/**
 * Renders every macro of the app on every page of a freshly created plan, for every
 * Confluence output type, every plan language and three viewer locales, with a hostile
 * setting name and recommendation, and checks what must hold for all of them.
 */
class MacroSweepTest {

    private static final String HOSTILE_NAME = "<script>alert(1)</script> St Mary & St John's";
    private static final String HOSTILE_RECOMMENDATION =
            "Improve <img src=x onerror=alert(1)> attendance to 95% ]]> now.";
    private static final Pattern RAW_KEY = Pattern.compile("\\bpiap\\.[a-z-]+\\.[a-z.-]+");
    private static final List<String> OUTPUT_TYPES = List.of(
            "display", "preview", "pdf", "word", "html_export", "feed", "email", "diff");
    private static final List<String> MACROS = List.of("piap-deadline-banner",
            "piap-validation", "piap-recommendation-table", "piap-plan-summary",
            "piap-plan-index");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String macro : MACROS) {
            for (PlanLanguage language : PlanLanguage.values()) {
                for (Locale viewer : List.of(Locale.UK, new Locale("cy", "GB"), Locale.GERMANY)) {
                    cases.add(Arguments.of(macro, language, viewer));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} plan for a {2} viewer")
    @MethodSource("cases")
    void macroRendersSafelyEverywhere(String macroName, PlanLanguage language, Locale viewer) {
        Fixture fixture = new Fixture(language, viewer);
        Macro macro = fixture.macro(macroName);
        for (Page page : fixture.pages) {
            for (String outputType : OUTPUT_TYPES) {
                ConversionContext context = mock(ConversionContext.class);
                when(context.getEntity()).thenReturn(page);
                when(context.getOutputType()).thenReturn(outputType);
                String where = macroName + " on \"" + page.getTitle() + "\" as " + outputType;

                String html = assertDoesNotThrow(macro, context, where);

                assertFalse(html.isBlank(), where + " rendered nothing");
                assertFalse(html.contains("<script"), where + " has script: " + html);
                assertFalse(html.contains("<img"), where + " has an unescaped image");
                assertFalse(html.contains("&amp;lt;"), where + " escaped twice");
                assertFalse(RAW_KEY.matcher(html).find(), where + " shows a raw key: " + html);
                assertFalse(html.contains("Exception"), where + " shows an exception");
                if (!"display".equals(outputType) && !"preview".equals(outputType)) {
                    assertFalse(html.contains("<details"), where + " hides rows in an export");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} follows the plan language")
    @MethodSource("planMacros")
    void planLanguageDecidesOutputLanguage(String macroName) throws Exception {
        for (PlanLanguage language : PlanLanguage.values()) {
            Fixture fixture = new Fixture(language, Locale.GERMANY);
            ConversionContext context = mock(ConversionContext.class);
            when(context.getEntity()).thenReturn(fixture.pages.get(1));
            when(context.getOutputType()).thenReturn("display");

            String html = fixture.macro(macroName).execute(Map.of(), null, context);

            boolean welsh = html.contains("lang=\"cy\"");
            boolean english = html.contains("lang=\"en\"");
            assertTrue(welsh == (language != PlanLanguage.EN), language + ": " + html);
            assertTrue(english == (language != PlanLanguage.CY), language + ": " + html);
        }
    }

    static Stream<String> planMacros() {
        return MACROS.stream().filter(name -> !name.equals("piap-plan-index"));
    }

    private static String assertDoesNotThrow(Macro macro, ConversionContext context,
            String where) {
        try {
            return macro.execute(Map.of(), null, context);
        } catch (Exception e) {
            throw new AssertionError(where + " threw " + e, e);
        }
    }

    /** A plan tree as the blueprint creates it, and the host services the macros use. */
    private static final class Fixture {

        final List<Page> pages = new ArrayList<>();
        private final ViewerLocale viewerLocale = mock(ViewerLocale.class);
        private final PermissionManager permissions = mock(PermissionManager.class);
        private final ApplicationProperties application = mock(ApplicationProperties.class);
        private final CQLSearchService search = mock(CQLSearchService.class);
        private final PlanStatusStore store = mock(PlanStatusStore.class);
        private final PlanLocator locator = new PlanLocator();
        private final VelocityTestRenderer renderer = new VelocityTestRenderer();

        Fixture(PlanLanguage language, Locale viewer) {
            when(viewerLocale.current()).thenReturn(viewer);
            when(permissions.hasPermission(any(), eq(Permission.VIEW), any())).thenReturn(true);
            when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example");
            PlanFacts facts = new PlanFacts(HOSTILE_NAME, SettingType.MAINTAINED_SCHOOL,
                    LocalAuthority.VALE_OF_GLAMORGAN, Category.SPECIAL_MEASURES,
                    LocalDate.of(2025, 12, 4), null, null, language, null, null,
                    HalfTermReading.HALF_TERMS_COUNT);
            Space space = new Space("SCH");
            Page home = page(1, PlanPages.home(facts), space);
            pages.add(home);
            long id = 2;
            for (PageDraft draft : PlanPages.children(new WizardInput(facts,
                    List.of(HOSTILE_RECOMMENDATION, "Strengthen safeguarding procedures.")))) {
                Page child = page(id++, draft, space);
                home.addChild(child);
                pages.add(child);
            }
            PlanStatus status = new PlanStatus(1, 1, HOSTILE_NAME, "maintained-school",
                    "GB-VGL", "special-measures", language.formValue(), "2025-12-04",
                    "2026-01-15", "on-track", null, "2027-12-04", 2, 4, 20, 2, 0, 0,
                    Map.of("red", 4), List.of("MISSING R1.1 LEAD"), "2025-12-05T10:00:00Z");
            when(store.read(1)).thenReturn(Optional.of(status));
            when(search.searchContent(anyString(), any(PageRequest.class)))
                    .thenReturn(new ListPageResponse(home));
        }

        Macro macro(String name) {
            switch (name) {
                case "piap-deadline-banner":
                    return new DeadlineBannerMacro(locator,
                            new PlanCalendars(mock(LabelManager.class)), viewerLocale, renderer);
                case "piap-validation":
                    return new ValidationMacro(locator, viewerLocale, renderer, application,
                            treeCheck());
                case "piap-recommendation-table":
                    return new RecommendationTableMacro(locator, viewerLocale, renderer,
                            application, treeCheck());
                case "piap-plan-summary":
                    return new PlanSummaryMacro(locator, viewerLocale, renderer, application,
                            treeCheck());
                default:
                    return new PlanIndexMacro(search, store, application, viewerLocale,
                            renderer);
            }
        }

        private PlanTreeCheck treeCheck() {
            return new PlanTreeCheck(permissions, new PlanCalendars(mock(LabelManager.class)));
        }

        private static Page page(long id, PageDraft draft, Space space) {
            Page page = new Page();
            page.setId(id);
            page.setTitle(draft.title());
            page.setBodyAsString(draft.body());
            page.setSpace(space);
            for (String label : draft.labels()) {
                page.getLabels().add(new Label(label));
            }
            return page;
        }
    }
}
