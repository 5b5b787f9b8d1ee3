/**
 * Working days, school holidays and the statutory deadline of a post-inspection action plan.
 *
 * <p>Pure {@code java.time}: every date is a {@link java.time.LocalDate} in the Europe/London
 * calendar, and nothing here reads the JVM's default zone or locale. The bundled data covers
 * England and Wales bank holidays and the term dates of the 22 Welsh local authorities for the
 * school years listed in {@code school-term-dates-wales.json}; a date outside that data is
 * reported as unknown, never guessed.
 */
package wales.piap.calendar;
