package wales.piap.confluence.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.piap.confluence.PlanLabels;
import wales.piap.confluence.snapshot.PlanStatusService;
import wales.piap.plan.PageRole;

class PlanCreatedListenerTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final LabelManager labelManager = mock(LabelManager.class);
    private final PlanStatusService statusService = mock(PlanStatusService.class);
    private final PlanCreatedListener listener =
            new PlanCreatedListener(publisher, pageManager, labelManager, statusService);
    private final List<Page> saved = new ArrayList<>();
    private final Map<Page, List<String>> labels = new HashMap<>();
    private Page home;

    @BeforeEach
    void recordSavesAndLabels() {
        home = new Page();
        home.setSpace(new Space("PIAP"));
        home.setTitle("Plan");
        doAnswer(call -> saved.add(call.getArgument(0))).when(pageManager)
                .saveContentEntity(any(), any());
        doAnswer(call -> {
            Page page = call.getArgument(0);
            labels.computeIfAbsent(page, p -> new ArrayList<>())
                    .add(((Label) call.getArgument(1)).getName());
            return 1;
        }).when(labelManager).addLabel(any(), any());
    }

    private BlueprintPageCreateEvent event(String blueprintKey, Map<String, Object> context) {
        return new BlueprintPageCreateEvent(this, home, new ContentBlueprint(blueprintKey), null,
                context);
    }

    @Test
    void registersAndUnregistersWithPublisher() {
        listener.afterPropertiesSet();
        listener.destroy();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    void createsChildPagesUnderHome() {
        listener.onBlueprintPageCreated(event(PlanCreatedListener.BLUEPRINT_KEY,
                PlanContextProviderTest.wizardValues()));

        assertEquals(4, saved.size());
        for (Page child : saved) {
            assertSame(home, child.getParent());
            assertEquals("PIAP", child.getSpaceKey());
            assertEquals(List.of(home), child.getAncestors());
        }
        assertEquals(saved, home.getChildren());
        assertTrue(saved.get(0).getTitle().startsWith("R1: Strengthen safeguarding procedures"),
                saved.get(0).getTitle());
        assertTrue(saved.get(0).getBodyAsString().contains("piap-recommendation-table"));
        verify(pageManager, never()).saveContentEntity(eq(home), any());
        verify(pageManager, times(4)).saveContentEntity(any(),
                eq(DefaultSaveContext.SUPPRESS_NOTIFICATIONS));
    }

    @Test
    void labelsEveryPageWithPlanAndRole() {
        listener.onBlueprintPageCreated(event(PlanCreatedListener.BLUEPRINT_KEY,
                PlanContextProviderTest.wizardValues()));

        assertEquals(List.of("piap-plan", "piap-home"), labels.get(home));
        assertEquals(List.of("piap-plan", "piap-recommendation"), labels.get(saved.get(0)));
        assertEquals(List.of("piap-plan", "piap-recommendation"), labels.get(saved.get(1)));
        assertEquals(List.of("piap-plan", "piap-la-statement"), labels.get(saved.get(2)));
        assertEquals(List.of("piap-plan", "piap-progress-reviews"), labels.get(saved.get(3)));
    }

    @Test
    void ignoresOtherBlueprints() {
        listener.onBlueprintPageCreated(event("com.example:meeting-notes",
                PlanContextProviderTest.wizardValues()));

        verifyNoInteractions(pageManager, labelManager);
    }

    @Test
    void invalidValuesCreateNoChildren() {
        Map<String, Object> values = PlanContextProviderTest.wizardValues();
        values.remove("recommendations");

        listener.onBlueprintPageCreated(event(PlanCreatedListener.BLUEPRINT_KEY, values));

        verifyNoInteractions(pageManager, labelManager);
    }

    @Test
    void failedSaveSkipsOnlyThatPage() {
        doThrow(new IllegalArgumentException("duplicate title")).when(pageManager)
                .saveContentEntity(argThat((ContentEntityObject page) -> page != null
                        && page.getTitle().startsWith("R2:")), any());

        listener.onBlueprintPageCreated(event(PlanCreatedListener.BLUEPRINT_KEY,
                PlanContextProviderTest.wizardValues()));

        assertEquals(3, saved.size());
        assertEquals(3, home.getChildren().size());
        assertTrue(home.getChildren().stream().noneMatch(p -> p.getTitle().startsWith("R2:")));
    }

    @Test
    void roleLabelsMatchHostLabelNames() {
        assertEquals(PlanLabels.PLAN, PageRole.PLAN_LABEL);
        assertEquals(PlanLabels.HOME, PageRole.HOME.label());
        assertEquals(PlanLabels.RECOMMENDATION, PageRole.RECOMMENDATION.label());
        assertEquals(PlanLabels.LA_STATEMENT, PageRole.LA_STATEMENT.label());
        assertEquals(PlanLabels.PROGRESS_REVIEWS, PageRole.PROGRESS_REVIEWS.label());
    }
}
