package wales.piap.calendar;

import java.time.LocalDate;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;

/** Plan facts for calendar tests: a Cardiff school in special measures unless changed. */
final class TestPlans {

    private TestPlans() {
    }

    static PlanFacts published(LocalDate published) {
        return published(published, LocalAuthority.CARDIFF, HalfTermReading.HALF_TERMS_COUNT);
    }

    static PlanFacts published(LocalDate published, LocalAuthority authority,
            HalfTermReading reading) {
        return new PlanFacts("Ysgol Test", SettingType.MAINTAINED_SCHOOL, authority,
                Category.SPECIAL_MEASURES, published, null, null, PlanLanguage.EN, null, null,
                reading);
    }

    static PlanFacts withDirected(PlanFacts facts, LocalDate directed, String reference) {
        return new PlanFacts(facts.settingName(), facts.settingType(), facts.localAuthority(),
                facts.category(), facts.reportPublished(), directed, reference,
                facts.language(), facts.draftSentToEstyn(), facts.focusedImprovementHorizon(),
                facts.halfTermReading());
    }

    static PlanFacts withDraftSent(PlanFacts facts, LocalDate sent) {
        return new PlanFacts(facts.settingName(), facts.settingType(), facts.localAuthority(),
                facts.category(), facts.reportPublished(), facts.directedDeadline(),
                facts.directionReference(), facts.language(), sent,
                facts.focusedImprovementHorizon(), facts.halfTermReading());
    }
}
