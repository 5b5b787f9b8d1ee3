package wales.piap.storage;

import java.time.LocalDate;
import java.util.List;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.plan.WizardInput;

/** Plans used by the storage tests, built from the shapes of real Welsh inspection reports. */
final class PlanExamples {

    static final String HOSTILE_NAME = "St Mary & St John's <Primary>";

    static final List<String> PRIMARY_RECOMMENDATIONS = List.of(
            "Strengthen safeguarding procedures.",
            "Strengthen leadership and governance to provide stability and strategic direction "
                    + "to the school and ensure coherence and cohesion across all aspects of "
                    + "its work.",
            "Ensure that teaching enables all pupils to make the progress they could and should.",
            "Ensure that robust evaluation processes result in clear improvements to the "
                    + "school's provision and pupils' outcomes.");

    private PlanExamples() {
    }

    static PlanFacts school(String name, PlanLanguage language) {
        return new PlanFacts(name, SettingType.MAINTAINED_SCHOOL, LocalAuthority.POWYS,
                Category.SPECIAL_MEASURES, LocalDate.of(2025, 1, 16), null, null, language,
                null, null, HalfTermReading.HALF_TERMS_COUNT);
    }

    static PlanFacts setting(PlanLanguage language) {
        return new PlanFacts("Cylch Meithrin Enghraifft", SettingType.NON_MAINTAINED_SETTING,
                LocalAuthority.VALE_OF_GLAMORGAN, Category.FOCUSED_IMPROVEMENT,
                LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 27), "WG & co <17>", language,
                null, LocalDate.of(2026, 3, 6), HalfTermReading.HALF_TERMS_SKIPPED);
    }

    static WizardInput primary(PlanLanguage language) {
        return new WizardInput(school(HOSTILE_NAME, language), PRIMARY_RECOMMENDATIONS);
    }
}
