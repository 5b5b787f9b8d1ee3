package wales.piap.confluence.snapshot;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.plan.PlanStatus;

/**
 * Reads and writes the plan status snapshot as a JSON content property on the plan home page.
 *
 * <p>The property lives in Confluence's database, so every cluster node reads the same
 * snapshot; nothing is cached in memory. Writes follow the content property rule that an
 * update carries the current version number plus one.
 */
@Named
public class PlanStatusStore {

    private static final Logger LOG = LoggerFactory.getLogger(PlanStatusStore.class);

    private final ContentPropertyService contentPropertyService;
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    public PlanStatusStore(@ComponentImport ContentPropertyService contentPropertyService) {
        this.contentPropertyService = contentPropertyService;
    }

    /** Returns the stored snapshot of the plan whose home page is {@code homePageId}. */
    public Optional<PlanStatus> read(long homePageId) {
        Optional<JsonContentProperty> property = find(homePageId);
        if (property.isEmpty()) {
            return Optional.empty();
        }
        try {
            String json = property.get().getValue().getValue();
            return Optional.of(mapper.readValue(json, PlanStatus.class));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Unreadable {} property on page {}", PlanStatus.PROPERTY_KEY, homePageId, e);
            return Optional.empty();
        }
    }

    /**
     * Stores {@code status} on its home page, creating the property or updating it to the next
     * version; shortens the problem list when the JSON would exceed the property size limit.
     */
    public void write(PlanStatus status) {
        String json = toJson(status);
        ContentId contentId = ContentId.of(status.homePageId());
        Optional<JsonContentProperty> existing = find(status.homePageId());
        JsonContentProperty.ContentPropertyBuilder builder = JsonContentProperty.builder()
                .content(Content.buildReference(contentId))
                .key(PlanStatus.PROPERTY_KEY)
                .value(new JsonString(json));
        try {
            if (existing.isPresent()) {
                int next = existing.get().getVersion().getNumber() + 1;
                contentPropertyService.update(builder.version(
                        com.atlassian.confluence.api.model.content.Version.builder()
                                .number(next).build()).build());
            } else {
                contentPropertyService.create(builder.build());
            }
        } catch (ServiceException e) {
            LOG.warn("Could not store the plan status of page {}", status.homePageId(), e);
        }
    }

    /** Serialises {@code status}, dropping problems until it fits the property size limit. */
    String toJson(PlanStatus status) {
        PlanStatus fitted = status;
        String json = serialise(fitted);
        List<String> problems = new ArrayList<>(status.problems() == null
                ? List.of() : status.problems());
        while (json.length() > ContentPropertyService.MAXIMUM_VALUE_LENGTH && !problems.isEmpty()) {
            problems.remove(problems.size() - 1);
            fitted = withProblems(status, problems);
            json = serialise(fitted);
        }
        return json;
    }

    private Optional<JsonContentProperty> find(long homePageId) {
        try {
            return contentPropertyService.find()
                    .withContentId(ContentId.of(homePageId))
                    .withPropertyKey(PlanStatus.PROPERTY_KEY)
                    .fetch();
        } catch (ServiceException e) {
            LOG.warn("Could not read the plan status of page {}", homePageId, e);
            return Optional.empty();
        }
    }

    private String serialise(PlanStatus status) {
        try {
            return mapper.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan status is not serialisable", e);
        }
    }

    private static PlanStatus withProblems(PlanStatus s, List<String> problems) {
        return new PlanStatus(s.schemaVersion(), s.homePageId(), s.settingName(), s.settingType(),
                s.localAuthority(), s.category(), s.language(), s.reportPublished(), s.dueDate(),
                s.deadlineState(), s.draftSentToEstyn(), s.improvementHorizon(),
                s.recommendationCount(), s.actionCount(), s.missingCount(), s.weakCount(),
                s.inconsistentCount(), s.unreadableCount(), s.ragCounts(), List.copyOf(problems),
                s.lastChange());
    }
}
