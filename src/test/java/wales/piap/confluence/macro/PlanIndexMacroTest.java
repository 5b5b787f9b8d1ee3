package wales.piap.confluence.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import wales.piap.confluence.ViewerLocale;
import wales.piap.confluence.snapshot.PlanStatusStore;
import wales.piap.plan.PlanStatus;
import wales.piap.render.VelocityTestRenderer;

class PlanIndexMacroTest {

    private static final Pattern RAW_KEY = Pattern.compile("piap\\.[a-z]+\\.[a-z.-]+");

    private final CQLSearchService search = mock(CQLSearchService.class);
    private final PlanStatusStore store = mock(PlanStatusStore.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ViewerLocale viewerLocale = mock(ViewerLocale.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final List<Content> visible = new ArrayList<>();
    private PlanIndexMacro macro;

    @BeforeEach
    void setUp() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.org");
        when(viewerLocale.current()).thenReturn(Locale.UK);
        when(context.getOutputType()).thenReturn("display");
        when(search.searchContent(anyString(), any(PageRequest.class)))
                .thenAnswer(call -> response(call.getArgument(1)));
        macro = new PlanIndexMacro(search, store, application, viewerLocale,
                new VelocityTestRenderer(), Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"),
                        ZoneId.of("Europe/London")));
    }

    @Test
    void listsOnlyPlansTheSearchReturns() {
        addPlan(1, "Ysgol A", "GB-POW", "2026-01-15", "overdue");
        addPlan(2, "Ysgol B", "GB-CRF", "2026-02-15", "on-track");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("Ysgol A"));
        assertTrue(html.contains("Ysgol B"));
        assertFalse(html.contains("Restricted"));
        assertTrue(html.contains("pageId=1"));
    }

    @Test
    void searchesPlanHomesWithSpaces() {
        macro.execute(Map.of("spaces", "SCH, LA1"), null, context);

        ArgumentCaptor<String> cql = ArgumentCaptor.forClass(String.class);
        verify(search).searchContent(cql.capture(), any(PageRequest.class));
        assertEquals("type = page and label = \"piap-home\" and space in (\"SCH\", \"LA1\")"
                + " order by title", cql.getValue());
    }

    @Test
    void sortsByDeadlineByDefault() {
        addPlan(1, "Later school", "GB-POW", "2026-03-01", "on-track");
        addPlan(2, "Sooner school", "GB-POW", "2026-01-10", "overdue");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.indexOf("Sooner school") < html.indexOf("Later school"));
    }

    @Test
    void filtersByLocalAuthority() {
        addPlan(1, "Powys school", "GB-POW", "2026-03-01", "on-track");
        addPlan(2, "Cardiff school", "GB-CRF", "2026-01-10", "overdue");

        String html = macro.execute(Map.of("local-authority", "Caerdydd"), null, context);

        assertTrue(html.contains("Cardiff school"));
        assertFalse(html.contains("Powys school"));
    }

    @Test
    void rejectsUnknownLocalAuthorityByName() {
        String html = macro.execute(Map.of("local-authority", "Gotham"), null, context);

        assertTrue(html.contains("aui-message-error"));
        assertTrue(html.contains("Gotham"));
        assertTrue(html.contains("GB-POW"));
    }

    @Test
    void rejectsPageSizeOutOfRange() {
        String html = macro.execute(Map.of("page-size", "100000"), null, context);

        assertTrue(html.contains("100000"));
        assertTrue(html.contains("from 5 to 100"));
    }

    @Test
    void escapesHostileSettingName() {
        addPlan(1, "<script>alert(1)</script> & Co", "GB-POW", "2026-03-01", "on-track");

        String html = macro.execute(Map.of(), null, context);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assertFalse(html.contains("&amp;lt;"));
    }

    @Test
    void hidesRowsBeyondPageSizeOnDisplay() {
        for (int i = 1; i <= 7; i++) {
            addPlan(i, "School " + i, "GB-POW", "2026-03-0" + i, "on-track");
        }

        String html = macro.execute(Map.of("page-size", "5"), null, context);

        assertTrue(html.contains("<details class=\"piap-index-more\">"));
        assertTrue(html.contains("Show 2 more plans"));
    }

    @Test
    void pdfExportListsEveryRowWithoutDetails() {
        when(context.getOutputType()).thenReturn("pdf");
        for (int i = 1; i <= 7; i++) {
            addPlan(i, "School " + i, "GB-POW", "2026-03-0" + i, "on-track");
        }

        String html = macro.execute(Map.of("page-size", "5"), null, context);

        assertFalse(html.contains("<details"));
        assertEquals(7, html.split("piap-index-row").length - 1);
    }

    @Test
    void rendersWelshForWelshViewer() {
        when(viewerLocale.current()).thenReturn(new Locale("cy", "GB"));
        addPlan(1, "Ysgol A", "GB-VGL", "2026-01-15", "overdue");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("Bro Morgannwg"));
        assertTrue(html.contains("15 Ionawr 2026"));
        assertTrue(html.contains("Yn hwyr"));
    }

    @Test
    void showsNoRawKeysInAnyLocale() {
        addPlan(1, "Ysgol A", "GB-POW", "2026-01-15", "due-soon");
        addPlan(2, "Ysgol B", "GB-POW", null, null);
        for (Locale locale : List.of(Locale.UK, new Locale("cy", "GB"), Locale.GERMANY)) {
            when(viewerLocale.current()).thenReturn(locale);

            String html = macro.execute(Map.of(), null, context);

            assertFalse(RAW_KEY.matcher(html).find(), locale + " shows a raw key: " + html);
        }
    }

    @Test
    void storedStateIsRecountedForToday() {
        addPlan(1, "Stale school", "GB-CRF", "2026-01-15", "on-track");
        addPlan(2, "Soon school", "GB-CRF", "2026-01-22", "on-track");
        addPlan(3, "Later school", "GB-CRF", "2026-03-02", "due-soon");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("piap-state-overdue\">Overdue"), html);
        assertTrue(html.contains("piap-state-due-soon\">Due soon"), html);
        assertTrue(html.contains("piap-state-on-track\">On track"), html);
    }

    @Test
    void countsMatchValidationReport() {
        addPlan(1, "Counted school", "GB-CRF", "2026-03-02", "on-track");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("3 to fix, 1 suggestion"), html);
    }

    @Test
    void searchFailureIsExplained() {
        when(search.searchContent(anyString(), any(PageRequest.class))).thenThrow(
                new com.atlassian.confluence.api.service.exceptions.ServiceException(
                        "index rebuilding"));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("could not search for plans (index rebuilding)"), html);
    }

    private void addPlan(long id, String name, String authority, String due, String state) {
        visible.add(new Content(ContentId.of(id), name));
        PlanStatus status = new PlanStatus(1, id, name, "maintained-school", authority,
                "special-measures", "en", "2025-12-01", due, state, null, "2027-12-01",
                4, 8, 3, 1, 0, 0, Map.of(), List.of(), "2025-12-02T10:00:00Z");
        when(store.read(id)).thenReturn(Optional.of(status));
    }

    private PageResponse<Content> response(PageRequest request) {
        int end = Math.min(visible.size(), request.getStart() + request.getLimit());
        return new ListPageResponse(visible.subList(request.getStart(), end),
                end < visible.size());
    }
}
