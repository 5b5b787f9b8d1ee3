package wales.piap.preview.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Records the web resources that macros require while the current thread renders a page, so
 * the page can link their CSS. Call {@link #startPage()} before rendering and
 * {@link #finishPage()} after it.
 */
public final class PreviewPageBuilderService implements PageBuilderService {

    private static final ThreadLocal<Set<String>> REQUIRED =
            ThreadLocal.withInitial(LinkedHashSet::new);

    /** Forgets the resources of an earlier page on this thread. */
    public void startPage() {
        REQUIRED.remove();
    }

    /** Returns the complete keys required since {@link #startPage()}, and forgets them. */
    public Set<String> finishPage() {
        Set<String> keys = new LinkedHashSet<>(REQUIRED.get());
        REQUIRED.remove();
        return keys;
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                REQUIRED.get().add(moduleCompleteKey);
                return this;
            }
        };
    }
}
