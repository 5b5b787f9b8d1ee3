package wales.piap.preview.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Version;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.exceptions.ConflictException;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostServicesTest {

    @TempDir
    Path data;

    private HostServices host;

    @BeforeEach
    void open() {
        host = new HostServices(data);
        host.spaceManager().addSpace("S", "Space");
        AuthenticatedUserThreadLocal.set(PreviewUser.byName("head").orElseThrow());
    }

    @AfterEach
    void reset() {
        AuthenticatedUserThreadLocal.reset();
    }

    private Page save(String title, Page parent, String label) {
        Page page = new Page();
        page.setTitle(title);
        page.setSpace(host.spaceManager().getSpace("S"));
        if (parent != null) {
            parent.addChild(page);
        }
        host.labelManager().addLabel(page, new Label(label));
        host.pageManager().saveContentEntity(page, DefaultSaveContext.DEFAULT);
        return page;
    }

    /** Listener taking the abstract supertype, to check dispatch by class hierarchy. */
    public static final class Recorder {
        final List<Object> events = new ArrayList<>();

        @EventListener
        public void onPage(PageEvent event) {
            events.add(event);
        }
    }

    @Test
    void listenerForSupertypeReceivesCreateEvent() {
        Recorder recorder = new Recorder();
        host.eventPublisher().register(recorder);

        save("One", null, "x");

        assertEquals(1, recorder.events.size());
        assertTrue(recorder.events.get(0) instanceof PageCreateEvent);
    }

    @Test
    void cqlFiltersByLabelSpaceAndPermission() {
        Page home = save("Home", null, "piap-home");
        save("Child", home, "piap-home");
        save("Other", null, "other");
        host.store().setViewRestrictions(home.getId(), List.of("head"));
        String cql = "type = page and label = \"piap-home\" and space in (\"S\", \"T\")";

        PreviewCqlSearchService cqlService = new PreviewCqlSearchService(host.store(),
                host.permissionManager());

        int asHead = cqlService.searchContent(cql, new SimplePageRequest(0, 10)).size();
        AuthenticatedUserThreadLocal.set(PreviewUser.byName("admin").orElseThrow());
        int asAdmin = cqlService.searchContent(cql, new SimplePageRequest(0, 10)).size();
        AuthenticatedUserThreadLocal.set(PreviewUser.byName("inspector").orElseThrow());
        int asInspector = cqlService.searchContent(cql, new SimplePageRequest(0, 10)).size();

        assertEquals(2, asHead);
        assertEquals(0, asAdmin, "CQL applies restrictions to administrators too");
        assertEquals(0, asInspector, "child inherits the home page's restriction");
    }

    @Test
    void cqlPagesResults() {
        for (int i = 0; i < 5; i++) {
            save("Plan " + i, null, "piap-home");
        }
        PreviewCqlSearchService cqlService = new PreviewCqlSearchService(host.store(),
                host.permissionManager());

        var first = cqlService.searchContent("label = piap-home", new SimplePageRequest(0, 2));
        var last = cqlService.searchContent("label = piap-home", new SimplePageRequest(4, 2));

        assertEquals(List.of("Plan 0", "Plan 1"),
                first.getResults().stream().map(Content::getTitle).toList());
        assertTrue(first.hasMore());
        assertEquals(1, last.size());
        assertFalse(last.hasMore());
    }

    @Test
    void cqlRejectsUnsupportedField() {
        PreviewCqlSearchService cqlService = new PreviewCqlSearchService(host.store(),
                host.permissionManager());

        ServiceException e = assertThrows(ServiceException.class, () -> cqlService
                .searchContent("creator = head", new SimplePageRequest(0, 1)));

        assertTrue(e.getMessage().contains("creator"), e.getMessage());
    }

    @Test
    void propertyUpdateNeedsNextVersion() {
        Page page = save("Props", null, "x");
        PreviewContentPropertyService properties = new PreviewContentPropertyService(
                host.store(), host.permissionManager());
        properties.create(property(page, "{\"a\":1}", 1));

        properties.update(property(page, "{\"a\":2}", 2));

        assertThrows(ConflictException.class,
                () -> properties.update(property(page, "{\"a\":3}", 2)));
        assertEquals("{\"a\":2}", properties.find().withContentId(ContentId.of(page.getId()))
                .withPropertyKey("piap-status").fetch().orElseThrow().getValue().getValue());
    }

    @Test
    void duplicateTitleIsRejectedAndParentLeftClean() {
        Page home = save("Home", null, "x");

        assertThrows(IllegalArgumentException.class, () -> save("home", home, "x"));

        assertEquals(0, home.getChildren().size());
    }

    @Test
    void storeReloadsTreeAndRestrictions() {
        Page home = save("Home", null, "x");
        Page child = save("Child", home, "y");
        host.store().setViewRestrictions(child.getId(), List.of("head"));

        PageStore reopened = new PageStore(data);

        Page reloaded = reopened.page(child.getId());
        assertEquals(home.getId(), reloaded.getParent().getId());
        assertEquals(List.of(home.getId()), reloaded.getAncestors().stream().map(Page::getId)
                .toList());
        assertEquals(Set.of("head"), reopened.viewRestrictions(child.getId()));
        assertEquals("y", reloaded.getLabels().get(0).getName());
    }

    private static JsonContentProperty property(Page page, String json, int version) {
        return JsonContentProperty.builder()
                .content(Content.buildReference(ContentId.of(page.getId())))
                .key("piap-status").value(new JsonString(json))
                .version(Version.builder().number(version).build()).build();
    }
}
