/**
 * Reads plan pages in Confluence storage format into the {@code wales.piap.plan} model.
 *
 * <p>Entry point: {@link wales.piap.storage.PlanPageParser}, with
 * {@code parseRecommendation(pageId, title, storage)} and
 * {@code parseLaStatement(pageId, title, storage)}. Pages are read with jsoup's XML parser
 * inside a synthetic root that declares the {@code ac:}, {@code ri:} and {@code at:}
 * prefixes; HTML named entities are rewritten as numeric references first.
 *
 * <h2>Recommendation page</h2>
 * The blueprint writes, and the parser reads, this shape (English or Welsh headings, any
 * case and spacing; sections may sit inside layouts, panels, expand, details or other macros
 * with a rich-text body, and a bold-only paragraph may stand for a heading):
 * <ol>
 * <li>A heading "Recommendation" ("Argymhelliad"), or "R2" / "Recommendation 2: ..." with the
 *     number, followed by the recommendation's text as published. The number may also come
 *     from the page title ("R2 ...") or from the actions' references.</li>
 * <li>A heading "Success criteria" ("Meini prawf llwyddiant") followed by content.</li>
 * <li>An actions table, under any heading, whose header row (one of the first five rows, th
 *     or td cells) has the columns Action | Lead | Support | Timescale and milestones |
 *     Resources | Success criteria and quantitative targets | Monitoring (who, when, how);
 *     Welsh: Cam gweithredu | Arweinydd | Cymorth | Amserlen a cherrig milltir | Adnoddau |
 *     Meini prawf llwyddiant a thargedau meintiol | Monitro (pwy, pryd, sut). A Ref column
 *     is optional. Columns may be reordered, repeated or extra, and cells may be merged.
 *     Action references "R1.1", "R1.2" sit in the Ref column or at the start of the Action
 *     cell; rows without one are numbered by position.</li>
 * <li>A heading "Informing parents and carers" ("Rhieni a gofalwyr") with three parts, each
 *     a sub-heading, a labelled paragraph or list item ("Informed: ...") or a table row:
 *     "How parents and carers will be informed" ("Sut y rhoddir gwybod i rieni a
 *     gofalwyr"), "How their views will be sought" ("Sut y gofynnir am eu barn") and "How
 *     their views will be taken into account" ("Sut yr ystyrir eu barn").</li>
 * </ol>
 * A two-column table whose first cells name these sections (as a Page Properties block
 * often is) is read as section and content.
 *
 * <h2>Local authority statement page</h2>
 * <ol>
 * <li>A heading on capacity ("Assessment of the school's capacity to carry out the plan";
 *     "Asesiad o gapasiti'r ysgol") followed by content.</li>
 * <li>A heading on the authority's actions ("Local authority actions"; "Camau gweithredu'r
 *     awdurdod lleol"), with the actions for each recommendation under a sub-heading "R1",
 *     in a paragraph or list item starting "R1:", or in a table row whose first cell is
 *     "R1" or "Recommendation 1".</li>
 * <li>A heading on powers ("Powers of intervention"; "Pwerau ymyrryd") with a decision on
 *     each power, named in a sub-heading, a label, the first cell of a table row or the
 *     sentence itself: advice or collaboration, additional governors, interim executive
 *     board, suspending the delegated budget, directions. A sentence saying the authority
 *     will use none of its powers, with its reasons, covers all five.</li>
 * <li>A parents and carers section as on recommendation pages.</li>
 * </ol>
 *
 * <h2>Dates and school terms</h2>
 * Dates come from {@code <time datetime>} elements and from typed UK dates: "14/03/2026",
 * "14 March 2026", "March 2026" (the last day of the month) and Welsh month names. A milestone
 * may also name a school term, recognised in any case and kept in the cell as a term
 * reference, in text order among the dates, for the validator to resolve with the school's
 * calendar:
 * <ul>
 * <li>English: "[start | beginning | end] of [the] autumn | spring | summer term 2026", with
 *     or without "by" in front, such as "end of the spring term 2026" or "start of the autumn
 *     term 2025".</li>
 * <li>Welsh: "[dechrau | diwedd] tymor yr hydref | y gwanwyn | yr haf 2026", with or without
 *     "erbyn" in front, and the mutated forms "ddechrau", "ddiwedd", "dymor" and
 *     "nhymor".</li>
 * <li>A term without a start or end ("autumn term 2025", "tymor yr hydref 2025") means the
 *     end of that term. The year may be a school year ("spring term 2025/26" is the spring
 *     term 2026).</li>
 * </ul>
 * "Hydref" inside a term phrase is the autumn term, not October. A season without "term"
 * ("summer 2026"), a term without a year ("termly", "the term ahead") and a year separated
 * from the term by other words ("summer term planning 2026") are not term references.
 *
 * <h2>Empty content</h2>
 * Instructional text ({@code <ac:placeholder>}) is not content, so an untouched cell or
 * section is empty. Macro parameters are not content either, except a status lozenge's
 * title.
 */
package wales.piap.storage;
