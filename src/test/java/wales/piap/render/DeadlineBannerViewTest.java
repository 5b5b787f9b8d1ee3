package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wales.piap.calendar.CalendarCatalogue;
import wales.piap.calendar.Deadline;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.calendar.DeadlineState;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;

/** The deadline banner rendered through the real template in each locale and state. */
class DeadlineBannerViewTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";
    private static final Pattern RAW_KEY = Pattern.compile("piap\\.[a-z-]+\\.[a-z.-]+");
    private static final ViewRenderer RENDERER = new VelocityTestRenderer();
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 5);

    /** Returns every state in every locale: facts, the viewing day and the locale. */
    static Stream<Arguments> everyStateInEveryLocale() {
        List<Object[]> states = List.of(
                new Object[] {facts(PUBLISHED, null, null, null), LocalDate.of(2026, 2, 1)},
                new Object[] {facts(PUBLISHED, null, null, null), LocalDate.of(2026, 2, 5)},
                new Object[] {facts(PUBLISHED, null, null, null), LocalDate.of(2026, 3, 2)},
                new Object[] {facts(PUBLISHED, null, null, null), LocalDate.of(2026, 3, 5)},
                new Object[] {facts(PUBLISHED, null, null, null), LocalDate.of(2026, 3, 10)},
                new Object[] {facts(PUBLISHED, null, null, LocalDate.of(2026, 3, 3)),
                    LocalDate.of(2026, 3, 10)},
                new Object[] {facts(LocalDate.of(2027, 7, 8), null, null, null),
                    LocalDate.of(2027, 7, 9)},
                new Object[] {facts(PUBLISHED, LocalDate.of(2026, 3, 20), HOSTILE, null),
                    LocalDate.of(2026, 2, 6)});
        List<Locale> locales = List.of(Locale.UK, PlanLanguage.WELSH, Locale.GERMANY);
        return states.stream().flatMap(state -> locales.stream()
                .map(locale -> Arguments.of(state[0], state[1], locale)));
    }

    @ParameterizedTest(name = "{2} viewed {1}")
    @MethodSource("everyStateInEveryLocale")
    void bannerHasNoRawKeysAndEscapesInput(PlanFacts facts, LocalDate today, Locale locale) {
        String html = render(facts, today, locale);

        Matcher rawKey = RAW_KEY.matcher(html);
        assertFalse(rawKey.find(), () -> "raw i18n key " + rawKey.group() + " in " + html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("&amp;lt;"), "escaped twice: " + html);
        assertFalse(html.contains("''"), "doubled apostrophe: " + html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34;"),
                html);
    }

    @Test
    void englishBannerStatesDaysLeft() {
        String html = render(facts(PUBLISHED, null, null, null), LocalDate.of(2026, 3, 2),
                Locale.UK);

        assertTrue(html.contains("Status: Due soon"), html);
        assertTrue(html.contains("5 March 2026. Working days left: 3."), html);
        assertTrue(html.contains("aui-message-warning"), html);
        assertTrue(html.contains("One-week half-terms were counted as working days."), html);
        assertTrue(html.contains("If one-week half-terms were skipped, the deadline would be"
                + " 12 March 2026."), html);
        assertTrue(html.contains("Estyn category: special measures."), html);
    }

    @Test
    void welshBannerUsesConfirmedTerms() {
        String html = render(facts(PUBLISHED, null, null, null), LocalDate.of(2026, 2, 5),
                PlanLanguage.WELSH);

        assertTrue(html.contains("lang=\"cy\""), html);
        assertTrue(html.contains("5 Mawrth 2026"), html);
        assertTrue(html.contains("diwrnod gwaith"), html);
        assertTrue(html.contains("g\u0175yl banc"), html);
        assertTrue(html.contains("mesurau arbennig"), html);
        assertTrue(html.contains("Ar y trywydd iawn"), html);
    }

    @Test
    void directedDeadlineShownWithReference() {
        String html = render(facts(PUBLISHED, LocalDate.of(2026, 2, 27), "WG/DIR/2026/05", null),
                LocalDate.of(2026, 2, 6), Locale.UK);

        assertTrue(html.contains("Deadline of 27 February 2026 directed by the Welsh Ministers"
                + " (reference: WG/DIR/2026/05)."), html);
        assertTrue(html.contains("Without the direction, the deadline would be 5 March 2026."),
                html);
        assertFalse(html.contains("Check the direction"), html);
    }

    @Test
    void laterDirectedDeadlineWarnsAndCountsStatutoryDate() {
        String html = render(facts(PUBLISHED, LocalDate.of(2026, 3, 20), "WG/DIR/2026/05", null),
                LocalDate.of(2026, 2, 6), Locale.UK);

        assertTrue(html.contains("Check the direction: the directed deadline, 20 March 2026, is"
                + " later than the 20-working-day date, 5 March 2026."), html);
        assertTrue(html.contains("counts to 5 March 2026"), html);
        assertFalse(html.contains("Deadline of 20 March 2026 directed"), html);
    }

    @Test
    void outsideCalendarNamesDateAndAsksAuthority() {
        String html = render(facts(LocalDate.of(2027, 7, 8), null, null, null),
                LocalDate.of(2027, 7, 9), Locale.UK);

        assertTrue(html.contains("Status: Deadline not known"), html);
        assertTrue(html.contains("21 July 2027 is outside the term dates held for Cardiff."),
                html);
        assertTrue(html.contains("Ask the local authority (Cardiff) to add its term dates"),
                html);
    }

    @Test
    void notYetPublishedGivesExpectedDate() {
        String html = render(facts(PUBLISHED, null, null, null), LocalDate.of(2026, 2, 1),
                Locale.UK);

        assertTrue(html.contains("Status: Not yet published"), html);
        assertTrue(html.contains("will be due with Estyn on 5 March 2026"), html);
    }

    @Test
    void bilingualPlanGetsWelshThenEnglishPanelsAlike() {
        PlanFacts facts = withLanguage(facts(PUBLISHED, null, null, null),
                PlanLanguage.BILINGUAL);
        Map<String, Object> context = view().build(facts, deadline(facts,
                LocalDate.of(2026, 3, 10)));

        String html = RENDERER.render(DeadlineBannerView.TEMPLATE, context);

        int welsh = html.indexOf("lang=\"cy\"");
        int english = html.indexOf("lang=\"en\"");
        assertTrue(welsh > 0, html);
        assertTrue(english > welsh, html);
        assertEquals(2, html.split("piap-deadline-panel piap-state-overdue", -1).length - 1);
        assertTrue(html.contains("Status: Overdue"), html);
        assertTrue(html.contains("Statws: Yn hwyr"), html);
        assertTrue(html.contains("piap-deadline-banner-bilingual"), html);
    }

    private static String render(PlanFacts facts, LocalDate today, Locale locale) {
        Deadline deadline = deadline(facts, today);
        Map<String, Object> panel = DeadlineBannerView.panel(facts, deadline,
                Messages.forLocale(locale));
        return RENDERER.render(DeadlineBannerView.TEMPLATE,
                Map.of("panels", List.of(panel), "bilingual", false));
    }

    private static Deadline deadline(PlanFacts facts, LocalDate today) {
        return new DeadlineCalculator().calculate(facts,
                CalendarCatalogue.bundled().calendarFor(facts.localAuthority()), today);
    }

    private static DeadlineBannerView view() {
        return new DeadlineBannerView(Messages::forLocale);
    }

    private static PlanFacts facts(LocalDate published, LocalDate directed, String reference,
            LocalDate sent) {
        return new PlanFacts(HOSTILE, SettingType.MAINTAINED_SCHOOL, LocalAuthority.CARDIFF,
                Category.SPECIAL_MEASURES, published, directed, reference, PlanLanguage.EN,
                sent, null, HalfTermReading.HALF_TERMS_COUNT);
    }

    private static PlanFacts withLanguage(PlanFacts facts, PlanLanguage language) {
        return new PlanFacts(facts.settingName(), facts.settingType(), facts.localAuthority(),
                facts.category(), facts.reportPublished(), facts.directedDeadline(),
                facts.directionReference(), language, facts.draftSentToEstyn(),
                facts.focusedImprovementHorizon(), facts.halfTermReading());
    }

    @Test
    void everyStateIsCoveredByTheLocaleCases() {
        long states = everyStateInEveryLocale()
                .map(arguments -> deadline((PlanFacts) arguments.get()[0],
                        (LocalDate) arguments.get()[1]).state())
                .distinct().count();

        assertEquals(DeadlineState.values().length, states);
    }
}
