package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;

class DraftSentCheckTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest(name = "sent {0} is {1}")
    @CsvSource({
        "2026-12-04, OK",
        "2026-11-12, OK",
        "2026-11-20, OK",
        "2026-12-05, IN_FUTURE",
        "2027-01-05, IN_FUTURE",
        "2026-11-11, BEFORE_PUBLICATION",
        "2025-01-01, BEFORE_PUBLICATION"
    })
    void classifiesSentDates(LocalDate sent, String expected) {
        Optional<DraftSentCheck.Problem> problem = DraftSentCheck.check(facts(sent), TODAY);

        assertEquals(expected, problem.map(Enum::name).orElse("OK"));
    }

    @ParameterizedTest(name = "sent {0}")
    @CsvSource({"2026-12-05", "2026-11-11"})
    void usableDropsImpossibleDate(LocalDate sent) {
        assertNull(DraftSentCheck.usable(facts(sent), TODAY).draftSentToEstyn());
    }

    @ParameterizedTest(name = "sent {0}")
    @CsvSource({"2026-11-20"})
    void usableKeepsPossibleDate(LocalDate sent) {
        PlanFacts facts = facts(sent);

        assertSame(facts, DraftSentCheck.usable(facts, TODAY));
    }

    private static PlanFacts facts(LocalDate sent) {
        return new PlanFacts("Ysgol", SettingType.MAINTAINED_SCHOOL, LocalAuthority.GWYNEDD,
                Category.SPECIAL_MEASURES, PUBLISHED, null, null, PlanLanguage.EN, sent, null,
                HalfTermReading.HALF_TERMS_COUNT);
    }
}
