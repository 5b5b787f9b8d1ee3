package wales.piap.preview.plugin;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.DuplicateDataRuntimeException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugin.ModuleCompleteKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.HostServices;
import wales.piap.preview.plugin.PluginDescriptor.Blueprint;
import wales.piap.preview.plugin.PluginModules.ModuleUnavailableException;
import wales.piap.render.Messages;

/**
 * Creates a page from the plugin's blueprint the way Confluence's create-content plugin does:
 * wizard validation, context map, the plugin's context provider, the content template, the
 * saved page with the blueprint's index label, then BlueprintPageCreateEvent.
 */
public final class BlueprintFlow {

    private static final Logger LOG = LoggerFactory.getLogger(BlueprintFlow.class);
    private static final String FALLBACK_TEMPLATE = "wales/piap/preview/fallback-plan-home.xml";

    private final Blueprint blueprint;
    private final PluginModules modules;
    private final HostServices host;
    private final WizardValidation validation = new WizardValidation();

    public BlueprintFlow(Blueprint blueprint, PluginModules modules, HostServices host) {
        this.blueprint = blueprint;
        this.modules = modules;
        this.host = host;
    }

    /**
     * Creates the plan home page in {@code spaceKey} from {@code form} for the thread's user.
     * Never throws for bad input: problems come back in the outcome with a message.
     */
    public CreateOutcome create(Map<String, String> form, String spaceKey, Locale locale) {
        Messages messages = Messages.forLocale(locale);
        Map<String, List<String>> errors = validation.validate(form, messages);
        if (!errors.isEmpty()) {
            return CreateOutcome.invalid(errors);
        }
        Space space = host.spaceManager().getSpace(spaceKey);
        if (space == null) {
            return CreateOutcome.failed(404, "Space \"" + spaceKey + "\" not found; pick one of "
                    + "the spaces listed on the home page");
        }
        Map<String, Object> context = initialContext(form, spaceKey);
        String notice = null;
        if (blueprint.contextProviderClass() != null) {
            try {
                context = modules.contextProvider(blueprint.contextProviderClass())
                        .getContextMap(context);
            } catch (ModuleUnavailableException e) {
                notice = e.getMessage() + "; the page was made from the form fields alone.";
            } catch (RuntimeException e) {
                LOG.error("Context provider {} failed", blueprint.contextProviderClass(), e);
                return CreateOutcome.failed(500, "The blueprint's context provider failed: "
                        + e.getMessage());
            }
        }
        String template;
        try {
            template = readTemplate();
            if (template == null) {
                notice = "Blueprint template " + blueprint.templateLocation() + " is not on the "
                        + "class path yet; the page was made from the preview's stand-in.";
                LOG.warn("{}", notice);
                template = readResource(FALLBACK_TEMPLATE);
            }
        } catch (IOException e) {
            return CreateOutcome.failed(500, "The blueprint template could not be read: "
                    + e.getMessage());
        }
        String body;
        try {
            body = TemplateVariables.fill(template, context, messages);
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.error("Blueprint template {} could not be filled",
                    blueprint.templateLocation(), e);
            return CreateOutcome.failed(500, "The blueprint template could not be filled: "
                    + e.getMessage());
        }
        return save(title(context, form), space, body, context, notice);
    }

    private CreateOutcome save(String title, Space space, String body,
            Map<String, Object> context, String notice) {
        Page page = new Page();
        page.setTitle(title);
        page.setSpace(space);
        page.setBodyAsString(body);
        page.setCreator(AuthenticatedUserThreadLocal.get());
        if (blueprint.indexKey() != null && !blueprint.indexKey().isEmpty()) {
            host.labelManager().addLabel(page, new Label(blueprint.indexKey()));
        }
        try {
            host.pageManager().saveContentEntity(page, DefaultSaveContext.DEFAULT);
        } catch (DuplicateDataRuntimeException e) {
            return CreateOutcome.failed(409, e.getMessage() + ". Open the existing plan, or "
                    + "change the setting name if this is a different setting.");
        }
        host.eventPublisher().publish(new BlueprintPageCreateEvent(this, page,
                new ContentBlueprint(blueprint.completeKey()), AuthenticatedUserThreadLocal.get(),
                context));
        LOG.info("Blueprint {} created page {} in space {}", blueprint.completeKey(),
                page.getId(), space.getKey());
        return CreateOutcome.created(page.getId(), notice);
    }

    private Map<String, Object> initialContext(Map<String, String> form, String spaceKey) {
        Map<String, Object> context = new HashMap<>(form);
        context.put("spaceKey", spaceKey);
        context.put("blueprintKey", new ModuleCompleteKey(blueprint.completeKey()));
        context.put("blueprintId", UUID.randomUUID());
        context.put("templateLabel", blueprint.indexKey());
        context.put("analyticsKey", blueprint.key());
        context.put("createResult", "view");
        return context;
    }

    private static String title(Map<String, Object> context, Map<String, String> form) {
        Object title = context.get("ContentPageTitle");
        if (title != null && !title.toString().isBlank()) {
            return title.toString().trim();
        }
        // NOTE: without a context provider Confluence would take the wizard's title field.
        String fallback = form.getOrDefault("title", form.get("settingName"));
        return fallback == null || fallback.isBlank() ? "Untitled plan" : fallback.trim();
    }

    /** Returns the plugin's content template, or null while it is not on the class path. */
    private String readTemplate() throws IOException {
        return readResource(blueprint.templateLocation());
    }

    private static String readResource(String location) throws IOException {
        try (InputStream in = BlueprintFlow.class.getClassLoader()
                .getResourceAsStream(location)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
