package wales.piap.preview.host;

import java.nio.file.Path;
import java.util.List;

/** The preview's host services over one data folder, wired together once. */
public final class HostServices {

    private final PageStore store;
    private final PreviewEventPublisher eventPublisher = new PreviewEventPublisher();
    private final PreviewPageManager pageManager;
    private final PreviewSpaceManager spaceManager;
    private final PreviewLabelManager labelManager;
    private final PreviewPermissionManager permissionManager;
    private final PreviewLocaleManager localeManager = new PreviewLocaleManager();
    private final PreviewTemplateRenderer templateRenderer = new PreviewTemplateRenderer();
    private final PreviewCqlSearchService cqlSearchService;
    private final PreviewContentPropertyService contentPropertyService;
    private final PreviewPageBuilderService pageBuilderService = new PreviewPageBuilderService();
    private final PreviewApplicationProperties applicationProperties =
            new PreviewApplicationProperties();

    /** Opens the data folder and creates the services over it. */
    public HostServices(Path dataFolder) {
        this.store = new PageStore(dataFolder);
        this.pageManager = new PreviewPageManager(store, eventPublisher);
        this.spaceManager = new PreviewSpaceManager(store);
        this.labelManager = new PreviewLabelManager(store);
        this.permissionManager = new PreviewPermissionManager(store);
        this.cqlSearchService = new PreviewCqlSearchService(store, permissionManager);
        this.contentPropertyService = new PreviewContentPropertyService(store, permissionManager);
    }

    /** Returns every service, for constructor injection by type. */
    public List<Object> all() {
        return List.of(eventPublisher, pageManager, spaceManager, labelManager,
                permissionManager, localeManager, templateRenderer, cqlSearchService,
                contentPropertyService, pageBuilderService, applicationProperties);
    }

    public PageStore store() {
        return store;
    }

    public PreviewEventPublisher eventPublisher() {
        return eventPublisher;
    }

    public PreviewPageManager pageManager() {
        return pageManager;
    }

    public PreviewSpaceManager spaceManager() {
        return spaceManager;
    }

    public PreviewLabelManager labelManager() {
        return labelManager;
    }

    public PreviewPermissionManager permissionManager() {
        return permissionManager;
    }

    public PreviewLocaleManager localeManager() {
        return localeManager;
    }

    public PreviewApplicationProperties applicationProperties() {
        return applicationProperties;
    }

    public PreviewPageBuilderService pageBuilderService() {
        return pageBuilderService;
    }
}
