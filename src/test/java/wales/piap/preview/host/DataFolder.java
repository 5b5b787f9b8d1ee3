package wales.piap.preview.host;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * JSON files of the preview's data: pages.json, properties.json and spaces.json in one folder.
 *
 * <p>Each write goes to a temporary file in the same folder, which then replaces the target
 * in one move, so a crash leaves either the old or the new file. Single process only: two
 * hosts on one folder overwrite each other's changes.
 */
final class DataFolder {

    private static final String PAGES = "pages.json";
    private static final String PROPERTIES = "properties.json";
    private static final String SPACES = "spaces.json";

    private final Path folder;
    private final ObjectMapper mapper =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    DataFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    boolean isEmpty() {
        return !Files.exists(folder.resolve(PAGES));
    }

    List<PageRecord> readPages() {
        return read(PAGES, new TypeReference<List<PageRecord>>() { });
    }

    List<PropertyRecord> readProperties() {
        return read(PROPERTIES, new TypeReference<List<PropertyRecord>>() { });
    }

    List<SpaceRecord> readSpaces() {
        return read(SPACES, new TypeReference<List<SpaceRecord>>() { });
    }

    void write(List<PageRecord> pages, List<PropertyRecord> properties, List<SpaceRecord> spaces) {
        writeAtomically(SPACES, spaces);
        writeAtomically(PROPERTIES, properties);
        writeAtomically(PAGES, pages);
    }

    private <T> List<T> read(String name, TypeReference<List<T>> type) {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return mapper.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read preview data file " + file
                    + "; fix or delete it and start again", e);
        }
    }

    private void writeAtomically(String name, Object value) {
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, name, ".tmp");
            mapper.writeValue(temporary.toFile(), value);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write preview data file " + target, e);
        }
    }

    /** One page as stored on disk. */
    record PageRecord(long id, String title, String spaceKey, Long parentId, String body,
            List<String> labels, int version, List<String> viewRestrictions, String creator,
            long created, long modified) {
    }

    /** One JSON content property as stored on disk; {@code value} is the JSON text. */
    record PropertyRecord(long contentId, String key, String value, int version) {
    }

    /** One space as stored on disk. */
    record SpaceRecord(String key, String name) {
    }
}
