package wales.piap.preview.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Optional;

/**
 * A user of the preview host. The host knows a fixed set of users and has no passwords:
 * whoever opens the preview picks a user with {@code ?as=NAME}.
 */
public final class PreviewUser implements ConfluenceUser {

    /** Name that stands for "not logged in"; it maps to a null user, as in Confluence. */
    public static final String ANONYMOUS = "anonymous";

    /** Every user the preview knows, the administrator first. */
    public static final List<PreviewUser> ALL = List.of(
            new PreviewUser("admin", "Site Administrator", true),
            new PreviewUser("head", "Headteacher", false),
            new PreviewUser("la-officer", "Local Authority Officer", false),
            new PreviewUser("inspector", "Estyn Inspector", false));

    /** Returns every value that {@code ?as=} accepts: the known users' names, then anonymous. */
    public static List<String> choiceNames() {
        List<String> names = new java.util.ArrayList<>(ALL.stream().map(u -> u.name).toList());
        names.add(ANONYMOUS);
        return List.copyOf(names);
    }

    private final String name;
    private final String fullName;
    private final boolean administrator;

    private PreviewUser(String name, String fullName, boolean administrator) {
        this.name = name;
        this.fullName = fullName;
        this.administrator = administrator;
    }

    /** Finds a known user by name; empty for anonymous and for unknown names. */
    public static Optional<PreviewUser> byName(String name) {
        return ALL.stream().filter(u -> u.name.equals(name)).findFirst();
    }

    /** Finds a known user by name or by user key, which the preview sets equal to the name. */
    public static Optional<PreviewUser> byKeyOrName(String value) {
        return byName(value);
    }

    /** Tells whether this user is in confluence-administrators, which bypasses restrictions. */
    public boolean isAdministrator() {
        return administrator;
    }

    @Override
    public UserKey getKey() {
        return new UserKey(name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return name + "@preview.invalid";
    }

    @Override
    public String toString() {
        return name;
    }
}
