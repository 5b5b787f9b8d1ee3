package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;

class PageTitlesTest {

    private final PlanFacts english = PlanExamples.school("Ysgol Enghraifft", PlanLanguage.EN);

    @Test
    void homeTitleNamesSettingAndDate() {
        assertEquals("Post-inspection action plan: Ysgol Enghraifft (2025-01-16)",
                PageTitles.home(english));
    }

    @Test
    void recommendationTitleKeepsEightWords() {
        String title = PageTitles.recommendation(english, 2, "Strengthen leadership and "
                + "governance to provide stability and strategic direction to the school.");

        assertEquals("R2: Strengthen leadership and governance to provide stability and\u2026"
                + " - Ysgol Enghraifft (2025-01-16)", title);
    }

    @Test
    void shortRecommendationLosesEndPunctuation() {
        assertEquals("R1: Improve attendance - Ysgol Enghraifft (2025-01-16)",
                PageTitles.recommendation(english, 1, "Improve attendance."));
    }

    @Test
    void longSettingNameIsCutToLimit() {
        PlanFacts longName = PlanExamples.school("Ysgol ".repeat(60).strip(), PlanLanguage.CY);

        String title = PageTitles.laStatement(longName);

        assertEquals(PageTitles.MAX_LENGTH, title.length());
        assertTrue(title.startsWith("Datganiad yr awdurdod lleol - Ysgol Ysgol"), title);
        assertTrue(title.endsWith("\u2026 (2025-01-16)"), title);
    }

    @Test
    void bilingualTitlesPutWelshFirst() {
        PlanFacts bilingual = PlanExamples.school("Ysgol", PlanLanguage.BILINGUAL);

        assertEquals("Adolygiadau cynnydd / Progress reviews - Ysgol (2025-01-16)",
                PageTitles.progressReviews(bilingual));
    }
}
