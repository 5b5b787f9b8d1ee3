package wales.piap.preview.host;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Version;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.confluence.api.service.exceptions.ConflictException;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.Optional;
import wales.piap.preview.host.DataFolder.PropertyRecord;

/**
 * JSON content properties of pages, with Confluence's rules: key and value required and
 * limited in length, create fails when the key exists, update needs the current version plus
 * one (else ConflictException), and writes need EDIT permission for the current user.
 */
public final class PreviewContentPropertyService implements ContentPropertyService {

    private final PageStore store;
    private final PreviewPermissionManager permissions;

    public PreviewContentPropertyService(PageStore store, PreviewPermissionManager permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    @Override
    public JsonContentProperty create(JsonContentProperty property) {
        synchronized (store) {
            long contentId = writableContentId(property);
            if (store.property(contentId, property.getKey()).isPresent()) {
                throw new ServiceException("Content property \"" + property.getKey()
                        + "\" already exists on content " + contentId + "; update it instead");
            }
            return save(contentId, property, 1);
        }
    }

    @Override
    public JsonContentProperty update(JsonContentProperty property) {
        synchronized (store) {
            long contentId = writableContentId(property);
            PropertyRecord current = store.property(contentId, property.getKey())
                    .orElseThrow(() -> new ServiceException("Content property \""
                            + property.getKey() + "\" does not exist on content " + contentId
                            + "; create it first"));
            int requested = property.getVersion() == null ? -1 : property.getVersion().getNumber();
            if (requested != current.version() + 1) {
                throw new ConflictException("Content property \"" + property.getKey()
                        + "\" on content " + contentId + " is at version " + current.version()
                        + ", so the update must carry version " + (current.version() + 1)
                        + ", not " + requested);
            }
            return save(contentId, property, requested);
        }
    }

    @Override
    public void delete(JsonContentProperty property) {
        long contentId = writableContentId(property);
        store.removeProperty(contentId, property.getKey());
    }

    @Override
    public ContentPropertyFinder find(Expansion... expansions) {
        return new Finder(null, null);
    }

    private JsonContentProperty save(long contentId, JsonContentProperty property, int version) {
        String value = property.getValue() == null ? null : property.getValue().getValue();
        if (value == null || value.isEmpty()) {
            throw new ServiceException("Content property \"" + property.getKey()
                    + "\" needs a JSON value");
        }
        if (value.length() > MAXIMUM_VALUE_LENGTH) {
            throw new ServiceException("Content property \"" + property.getKey() + "\" is "
                    + value.length() + " characters; the maximum is " + MAXIMUM_VALUE_LENGTH);
        }
        store.putProperty(new PropertyRecord(contentId, property.getKey(), value, version));
        return toProperty(contentId, property.getKey(), value, version);
    }

    private long writableContentId(JsonContentProperty property) {
        String key = property.getKey();
        if (key == null || key.isBlank() || key.length() > MAXIMUM_KEY_LENGTH) {
            throw new ServiceException("Content property key must be 1 to " + MAXIMUM_KEY_LENGTH
                    + " characters, not \"" + key + "\"");
        }
        if (!(property.getContentRef() instanceof Content.IdReference reference)) {
            throw new ServiceException("Content property \"" + key
                    + "\" needs content(Content.buildReference(ContentId.of(id)))");
        }
        long contentId = reference.getContentId().asLong();
        Page page = store.page(contentId);
        if (page == null) {
            throw new ServiceException("Content " + contentId + " not found");
        }
        if (!permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT,
                page)) {
            throw new ServiceException("User " + AuthenticatedUserThreadLocal.get()
                    + " may not edit content " + contentId + ", so cannot write property " + key);
        }
        return contentId;
    }

    private static JsonContentProperty toProperty(long contentId, String key, String value,
            int version) {
        return JsonContentProperty.builder()
                .content(Content.buildReference(ContentId.of(contentId)))
                .key(key)
                .value(new JsonString(value))
                .version(Version.builder().number(version).build())
                .build();
    }

    /** Finder that remembers the content id and key it is narrowed to. */
    private final class Finder implements ContentPropertyFinder {

        private final ContentId contentId;
        private final String key;

        Finder(ContentId contentId, String key) {
            this.contentId = contentId;
            this.key = key;
        }

        @Override
        public ParameterContentPropertyFinder withContentId(ContentId id) {
            return new Finder(id, key);
        }

        @Override
        public ParameterContentPropertyFinder withPropertyKey(String propertyKey) {
            return new Finder(contentId, propertyKey);
        }

        @Override
        public Optional<JsonContentProperty> fetch() {
            if (contentId == null || key == null) {
                throw new ServiceException("Content property lookup needs withContentId and "
                        + "withPropertyKey");
            }
            return store.property(contentId.asLong(), key)
                    .map(r -> toProperty(r.contentId(), r.key(), r.value(), r.version()));
        }
    }
}
