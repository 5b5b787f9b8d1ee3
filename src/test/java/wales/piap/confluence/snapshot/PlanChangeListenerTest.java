package wales.piap.confluence.snapshot;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLabels;

class PlanChangeListenerTest {

    private final PlanStatusService statusService = mock(PlanStatusService.class);
    private final LabelManager labelManager = mock(LabelManager.class);
    private final PlanChangeListener listener =
            new PlanChangeListener(mock(EventPublisher.class), statusService, labelManager);
    private final Label homeLabel = new Label(PlanLabels.HOME);
    private Page planInSpace;
    private Page planElsewhere;

    @BeforeEach
    void setUp() {
        planInSpace = page("Plan A", "LA1");
        planElsewhere = page("Plan B", "LA2");
        when(labelManager.getLabel(PlanLabels.HOME)).thenReturn(homeLabel);
        when(labelManager.getContentForLabel(0, PlanChangeListener.MAX_PLANS_PER_SPACE,
                homeLabel)).thenReturn(new PartialList<ContentEntityObject>(2, 0,
                        List.of(planInSpace, planElsewhere)));
    }

    @Test
    void editedCalendarPageRecomputesPlansOfItsSpace() {
        Page calendar = page("Term dates 2027/28", "LA1");
        calendar.getLabels().add(new Label(PlanCalendars.LA_CALENDAR_LABEL));

        listener.onPageUpdated(new PageUpdateEvent(this, calendar));

        verify(statusService).refresh(planInSpace);
        verify(statusService, never()).refresh(planElsewhere);
        verify(statusService, never()).refresh(calendar);
    }

    @Test
    void ordinaryPageRecomputesItsOwnPlan() {
        Page page = page("R1", "LA1");

        listener.onPageUpdated(new PageUpdateEvent(this, page));

        verify(statusService).refresh(page);
        verify(statusService, never()).refresh(planInSpace);
    }

    @Test
    void labellingCalendarPageRecomputesPlans() {
        Page calendar = page("Term dates", "LA1");
        Label label = new Label(PlanCalendars.LA_CALENDAR_LABEL);
        calendar.getLabels().add(label);

        listener.onLabelAdded(new LabelAddEvent(this, label, calendar));

        verify(statusService).refresh(planInSpace);
    }

    @Test
    void otherLabelsChangeNothing() {
        Page page = page("R1", "LA1");

        listener.onLabelAdded(new LabelAddEvent(this, new Label("minutes"), page));

        verify(statusService, never()).refresh(any());
    }

    @Test
    void refreshFailureDoesNotEscape() {
        Page page = page("R1", "LA1");
        when(statusService.refresh(page)).thenThrow(new IllegalStateException("database down"));

        listener.onPageUpdated(new PageUpdateEvent(this, page));

        verify(statusService).refresh(page);
    }

    private static Page page(String title, String spaceKey) {
        Page page = new Page();
        page.setTitle(title);
        page.setSpace(new Space(spaceKey));
        return page;
    }
}
