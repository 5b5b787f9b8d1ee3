package wales.piap.confluence.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Version;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import wales.piap.plan.PlanStatus;

class PlanStatusStoreTest {

    private final ContentPropertyService service = mock(ContentPropertyService.class);
    private final ContentPropertyService.ContentPropertyFinder finder =
            mock(ContentPropertyService.ContentPropertyFinder.class);
    private final PlanStatusStore store = new PlanStatusStore(service);

    @BeforeEach
    void setUp() {
        when(service.find()).thenReturn(finder);
        when(finder.withContentId(any(ContentId.class))).thenReturn(finder);
        when(finder.withPropertyKey(PlanStatus.PROPERTY_KEY)).thenReturn(finder);
        when(finder.fetch()).thenReturn(Optional.empty());
    }

    @Test
    void createsPropertyWhenAbsent() {
        store.write(status(List.of("MISSING R1.1 LEAD")));

        ArgumentCaptor<JsonContentProperty> created =
                ArgumentCaptor.forClass(JsonContentProperty.class);
        verify(service).create(created.capture());
        assertEquals(PlanStatus.PROPERTY_KEY, created.getValue().getKey());
        assertTrue(created.getValue().getValue().getValue().contains("\"deadlineState\""));
    }

    @Test
    void updatesWithNextVersion() {
        JsonContentProperty existing = JsonContentProperty.builder()
                .key(PlanStatus.PROPERTY_KEY).value(new JsonString("{}"))
                .version(Version.builder().number(7).build()).build();
        when(finder.fetch()).thenReturn(Optional.of(existing));

        store.write(status(List.of()));

        ArgumentCaptor<JsonContentProperty> updated =
                ArgumentCaptor.forClass(JsonContentProperty.class);
        verify(service).update(updated.capture());
        verify(service, never()).create(any());
        assertEquals(8, updated.getValue().getVersion().getNumber());
    }

    @Test
    void readsWhatItWrote() {
        PlanStatus written = status(List.of("WEAK R2 SUCCESS_CRITERIA"));
        String json = store.toJson(written);
        JsonContentProperty stored = JsonContentProperty.builder()
                .key(PlanStatus.PROPERTY_KEY).value(new JsonString(json))
                .version(Version.builder().number(1).build()).build();
        when(finder.fetch()).thenReturn(Optional.of(stored));

        assertEquals(Optional.of(written), store.read(42));
    }

    @Test
    void unreadableJsonReadsAsAbsent() {
        JsonContentProperty stored = JsonContentProperty.builder()
                .key(PlanStatus.PROPERTY_KEY).value(new JsonString("{not json"))
                .version(Version.builder().number(1).build()).build();
        when(finder.fetch()).thenReturn(Optional.of(stored));

        assertEquals(Optional.empty(), store.read(42));
    }

    @Test
    void dropsProblemsToFitSizeLimit() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            problems.add("MISSING R" + i + ".1 MONITORING_WHO with some words to make it long");
        }

        String json = store.toJson(status(problems));

        assertTrue(json.length() <= ContentPropertyService.MAXIMUM_VALUE_LENGTH, "length "
                + json.length());
        assertTrue(json.contains("\"missingCount\":3"));
    }

    @Test
    void serviceFailureIsLoggedNotThrown() {
        Mockito.doThrow(new com.atlassian.confluence.api.service.exceptions.ServiceException(
                "no permission")).when(service).create(any());

        store.write(status(List.of()));

        verify(service).create(any());
    }

    private static PlanStatus status(List<String> problems) {
        return new PlanStatus(1, 42, "Ysgol", "maintained-school", "GB-POW", "special-measures",
                "en", "2025-12-04", "2026-01-15", "on-track", null, "2027-12-04", 4, 8, 3, 1,
                0, 0, Map.of("red", 8), problems, "2025-12-08T12:00:00Z");
    }
}
