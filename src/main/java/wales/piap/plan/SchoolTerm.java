package wales.piap.plan;

/**
 * One of the three terms of a school year in Wales.
 *
 * <p>A term named with a calendar year is the one that falls in that year: the autumn term
 * 2025 runs from September to December 2025, the spring term 2026 from January to the Easter
 * holiday 2026 and the summer term 2026 from Easter to July 2026.
 */
public enum SchoolTerm {
    /** September to the Christmas holiday. */
    AUTUMN,
    /** The Christmas holiday to the Easter holiday. */
    SPRING,
    /** The Easter holiday to the summer holiday. */
    SUMMER
}
