package wales.piap.confluence.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.PlanStatus;
import wales.piap.plan.SettingType;
import wales.piap.plan.WizardInput;
import wales.piap.storage.PageDraft;
import wales.piap.storage.PlanPages;

class PlanStatusServiceTest {

    private final PlanStatusStore store = mock(PlanStatusStore.class);
    private final Space space = new Space("SCH");
    private Page home;
    private long nextId = 100;

    @BeforeEach
    void createPlanTree() {
        PlanFacts facts = new PlanFacts("Ysgol Enghraifft", SettingType.PUPIL_REFERRAL_UNIT,
                LocalAuthority.POWYS, Category.SIGNIFICANT_IMPROVEMENT,
                LocalDate.of(2025, 12, 4), null, null, PlanLanguage.EN, null, null,
                HalfTermReading.HALF_TERMS_COUNT);
        home = page(PlanPages.home(facts));
        WizardInput input = new WizardInput(facts, List.of("Improve attendance.",
                "Stabilise and clarify the roles and responsibilities of unit leaders."));
        for (PageDraft draft : PlanPages.children(input)) {
            home.addChild(page(draft));
        }
    }

    @Test
    void countsRecommendationPagesOfTree() {
        PlanStatus status = service(LocalDate.of(2025, 12, 8)).refresh(home).orElseThrow();

        assertEquals(2, status.recommendationCount());
        assertEquals(home.getId(), status.homePageId());
        assertEquals("GB-POW", status.localAuthority());
        assertEquals("significant-improvement", status.category());
    }

    @Test
    void recordsDueDateAndState() {
        PlanStatus status = service(LocalDate.of(2025, 12, 8)).refresh(home).orElseThrow();

        assertEquals("2026-01-15", status.dueDate());
        assertEquals("on-track", status.deadlineState());
        assertEquals("2026-12-04", status.improvementHorizon());
    }

    @Test
    void untouchedPlanHasMissingFields() {
        PlanStatus status = service(LocalDate.of(2025, 12, 8)).refresh(home).orElseThrow();

        assertTrue(status.missingCount() > 0, "placeholders must count as missing");
        assertTrue(!status.problems().isEmpty());
        assertTrue(!status.complete());
    }

    @Test
    void futureSentDateIsNotStoredAsSent() {
        PlanFacts facts = new PlanFacts("Ysgol Enghraifft", SettingType.PUPIL_REFERRAL_UNIT,
                LocalAuthority.POWYS, Category.SIGNIFICANT_IMPROVEMENT,
                LocalDate.of(2025, 12, 4), null, null, PlanLanguage.EN,
                LocalDate.of(2026, 1, 5), null, HalfTermReading.HALF_TERMS_COUNT);
        home.setBodyAsString(PlanPages.home(facts).body());

        PlanStatus status = service(LocalDate.of(2025, 12, 8)).refresh(home).orElseThrow();

        assertEquals(null, status.draftSentToEstyn());
        assertEquals("on-track", status.deadlineState());
    }

    @Test
    void storesSnapshotFromChildPage() {
        service(LocalDate.of(2025, 12, 8)).refresh(home.getChildren().get(0));

        verify(store).write(any(PlanStatus.class));
    }

    @Test
    void ignoresPagesOutsidePlans() {
        Page other = new Page();
        other.setSpace(space);

        assertTrue(service(LocalDate.of(2025, 12, 8)).refresh(other).isEmpty());
        verify(store, never()).write(any(PlanStatus.class));
    }

    private PlanStatusService service(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant(), ZoneId.of("Europe/London"));
        PlanCalendars calendars = new PlanCalendars(mock(LabelManager.class));
        return new PlanStatusService(new PlanLocator(), calendars, store,
                new PlanTreeCheck(mock(PermissionManager.class), calendars), clock);
    }

    private Page page(PageDraft draft) {
        Page page = new Page();
        page.setId(nextId++);
        page.setTitle(draft.title());
        page.setBodyAsString(draft.body());
        page.setSpace(space);
        for (String label : draft.labels()) {
            page.getLabels().add(new Label(label));
        }
        return page;
    }
}
