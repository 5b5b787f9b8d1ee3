package wales.piap.storage;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.plan.CellContent;
import wales.piap.plan.Field;
import wales.piap.plan.Finding;
import wales.piap.plan.LaStatementContent;
import wales.piap.plan.ParentsContent;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.Severity;

/**
 * Reads plan pages in Confluence storage format into the plan model.
 *
 * <p>This is the package's entry point. It never throws for page content: markup jsoup has
 * to repair and content that cannot be read become {@link Severity#UNREADABLE} findings in
 * the result's {@code problems}, and an unexpected failure while reading gives an empty
 * result with one such finding (and a log entry naming the page). Stateless and thread-safe.
 */
public final class PlanPageParser {

    private static final Logger LOG = LoggerFactory.getLogger(PlanPageParser.class);

    /** Creates a parser; it has no configuration. */
    public PlanPageParser() {
    }

    /**
     * Reads a recommendation page.
     *
     * @param pageId the page's Confluence id, used in findings; may be null
     * @param pageTitle the page's title, used in findings and to find "R2" when the page
     *     body names no number; may be null
     * @param storage the page body in storage format, without a root element; may be null
     */
    public RecommendationContent parseRecommendation(
            String pageId, String pageTitle, String storage) {
        try {
            StorageFragment document = StorageFragment.parse(storage);
            return new RecommendationPageParser(pageId, pageTitle).parse(document);
        } catch (RuntimeException failure) {
            LOG.warn("Could not read recommendation page {} ({})", pageId, pageTitle, failure);
            return new RecommendationContent(pageId, pageTitle, "R?", CellContent.EMPTY,
                    CellContent.EMPTY, List.of(), ParentsContent.EMPTY,
                    List.of(failed("R?", pageId, pageTitle, failure)));
        }
    }

    /**
     * Reads the local authority statement page.
     *
     * @param pageId the page's Confluence id, used in findings; may be null
     * @param pageTitle the page's title, used in findings; may be null
     * @param storage the page body in storage format, without a root element; may be null
     */
    public LaStatementContent parseLaStatement(String pageId, String pageTitle, String storage) {
        try {
            StorageFragment document = StorageFragment.parse(storage);
            return new LaStatementPageParser(pageId, pageTitle).parse(document);
        } catch (RuntimeException failure) {
            LOG.warn("Could not read local authority statement {} ({})", pageId, pageTitle,
                    failure);
            return new LaStatementContent(pageId, pageTitle, CellContent.EMPTY, Map.of(),
                    CellContent.EMPTY, Map.of(), CellContent.EMPTY, ParentsContent.EMPTY,
                    List.of(failed("LA", pageId, pageTitle, failure)));
        }
    }

    private static Finding failed(
            String reference, String pageId, String pageTitle, RuntimeException failure) {
        return new Finding(Severity.UNREADABLE, reference, Field.PAGE,
                "piap.validation.fix.page.failed", List.of(failure.getClass().getSimpleName()),
                pageId, pageTitle);
    }
}
