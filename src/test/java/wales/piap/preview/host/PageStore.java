package wales.piap.preview.host;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import wales.piap.preview.host.DataFolder.PageRecord;
import wales.piap.preview.host.DataFolder.PropertyRecord;
import wales.piap.preview.host.DataFolder.SpaceRecord;

/**
 * The preview's content: spaces, pages (one live {@link Page} object per id, as Hibernate's
 * session would give), view restrictions and content properties. Every change is written to
 * the data folder before the method returns. Methods are synchronized: one lock for all.
 */
public final class PageStore {

    private static final long FIRST_ID = 65537;

    private final DataFolder folder;
    private final Map<String, Space> spaces = new LinkedHashMap<>();
    private final Map<Long, Page> pages = new TreeMap<>();
    private final Map<Long, Set<String>> viewRestrictions = new TreeMap<>();
    private final Map<String, PropertyRecord> properties = new TreeMap<>();
    private long lastId = FIRST_ID - 1;

    /** Opens the store on {@code dataFolder}, reading what an earlier run saved there. */
    public PageStore(Path dataFolder) {
        this.folder = new DataFolder(dataFolder);
        load();
    }

    /** Tells whether the data folder held no pages when the store opened. */
    public synchronized boolean isEmpty() {
        return pages.isEmpty();
    }

    /** Returns the data folder. */
    public Path dataFolder() {
        return folder.path();
    }

    synchronized Space space(String key) {
        return key == null ? null : spaces.get(key);
    }

    /** Returns every space, in creation order. */
    public synchronized List<Space> spaces() {
        return new ArrayList<>(spaces.values());
    }

    synchronized Space addSpace(String key, String name) {
        Space space = spaces.computeIfAbsent(key, Space::new);
        space.setName(name);
        flush();
        return space;
    }

    synchronized Page page(long id) {
        return pages.get(id);
    }

    synchronized List<Page> pages() {
        return new ArrayList<>(pages.values());
    }

    synchronized Optional<Page> pageByTitle(String spaceKey, String title) {
        return pages.values().stream()
                .filter(p -> spaceKey != null && spaceKey.equals(p.getSpaceKey()))
                .filter(p -> title != null && title.equalsIgnoreCase(p.getTitle()))
                .findFirst();
    }

    synchronized long nextId() {
        lastId++;
        return lastId;
    }

    synchronized void put(Page page) {
        pages.put(page.getId(), page);
        flush();
    }

    /** Returns the users allowed to view the page itself (empty: no restriction of its own). */
    public synchronized Set<String> viewRestrictions(long pageId) {
        return Set.copyOf(viewRestrictions.getOrDefault(pageId, Set.of()));
    }

    /** Replaces the page's own view restriction; an empty set removes it. */
    public synchronized void setViewRestrictions(long pageId, Collection<String> userNames) {
        if (userNames.isEmpty()) {
            viewRestrictions.remove(pageId);
        } else {
            viewRestrictions.put(pageId, new LinkedHashSet<>(userNames));
        }
        flush();
    }

    synchronized Optional<PropertyRecord> property(long contentId, String key) {
        return Optional.ofNullable(properties.get(propertyId(contentId, key)));
    }

    synchronized void putProperty(PropertyRecord record) {
        properties.put(propertyId(record.contentId(), record.key()), record);
        flush();
    }

    synchronized void removeProperty(long contentId, String key) {
        properties.remove(propertyId(contentId, key));
        flush();
    }

    /** Writes everything to the data folder; called after each change and at shutdown. */
    public synchronized void flush() {
        List<PageRecord> pageRecords = pages.values().stream().map(this::toRecord).toList();
        List<SpaceRecord> spaceRecords = spaces.values().stream()
                .map(s -> new SpaceRecord(s.getKey(), s.getName())).toList();
        folder.write(pageRecords, new ArrayList<>(properties.values()), spaceRecords);
    }

    private static String propertyId(long contentId, String key) {
        return contentId + "/" + key;
    }

    private PageRecord toRecord(Page page) {
        Long parentId = page.getParent() == null ? null : page.getParent().getId();
        List<String> labels = page.getLabels().stream().map(Label::getName).toList();
        String creator = page.getCreator() == null ? null : page.getCreator().getName();
        return new PageRecord(page.getId(), page.getTitle(), page.getSpaceKey(), parentId,
                page.getBodyAsString(), labels, page.getVersion(),
                new ArrayList<>(viewRestrictions.getOrDefault(page.getId(), Set.of())),
                creator, time(page.getCreationDate()), time(page.getLastModificationDate()));
    }

    private static long time(Date date) {
        return date == null ? 0 : date.getTime();
    }

    private void load() {
        for (SpaceRecord record : folder.readSpaces()) {
            Space space = new Space(record.key());
            space.setName(record.name());
            spaces.put(record.key(), space);
        }
        List<PageRecord> records = new ArrayList<>(folder.readPages());
        records.sort(Comparator.comparingLong(PageRecord::id));
        for (PageRecord record : records) {
            pages.put(record.id(), fromRecord(record));
            lastId = Math.max(lastId, record.id());
            if (record.viewRestrictions() != null && !record.viewRestrictions().isEmpty()) {
                viewRestrictions.put(record.id(), new LinkedHashSet<>(record.viewRestrictions()));
            }
        }
        // Parents come before children in id order, so each parent's ancestors are set first.
        for (PageRecord record : records) {
            Page parent = record.parentId() == null ? null : pages.get(record.parentId());
            if (parent != null) {
                parent.addChild(pages.get(record.id()));
            }
        }
        for (PropertyRecord record : folder.readProperties()) {
            properties.put(propertyId(record.contentId(), record.key()), record);
        }
    }

    private Page fromRecord(PageRecord record) {
        Page page = new Page();
        page.setId(record.id());
        page.setTitle(record.title());
        page.setSpace(spaces.computeIfAbsent(record.spaceKey(), Space::new));
        page.setBodyAsString(record.body() == null ? "" : record.body());
        page.setVersion(record.version());
        if (record.labels() != null) {
            record.labels().forEach(name -> page.getLabels().add(new Label(name)));
        }
        if (record.creator() != null) {
            PreviewUser.byName(record.creator()).ifPresent(page::setCreator);
        }
        page.setCreationDate(new Date(record.created()));
        page.setLastModificationDate(new Date(record.modified()));
        return page;
    }
}
