package wales.piap.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wales.piap.plan.LocalAuthority;

/**
 * Reads the calendar JSON files with Jackson's tree model, so every error can name the field
 * path (such as {@code schoolYears[3].holidays[0].first}) and the rejected value.
 */
final class CalendarJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CalendarJsonReader() {
    }

    static BankHolidays readBankHolidays(String json) {
        JsonNode root = parseRoot(json, "bank holidays");
        String source = text(root, "source", "source");
        DateRange known = range(field(root, "known", "known"), "known");
        Map<LocalDate, String> names = new HashMap<>();
        JsonNode years = array(root, "years", "years");
        for (int y = 0; y < years.size(); y++) {
            String yearPath = "years[" + y + "]";
            JsonNode dates = array(years.get(y), "dates", yearPath + ".dates");
            for (int d = 0; d < dates.size(); d++) {
                String path = yearPath + ".dates[" + d + "]";
                names.put(date(dates.get(d), "date", path + ".date"),
                        text(dates.get(d), "name", path + ".name"));
            }
        }
        return new BankHolidays(names, known, source);
    }

    static TermDates readTermDates(String json) {
        JsonNode root = parseRoot(json, "term dates");
        String fileSource = text(root, "source", "source");
        Map<LocalAuthority, List<SchoolYearCalendar>> byAuthority =
                new EnumMap<>(LocalAuthority.class);
        List<SchoolYearCalendar> unassigned = new ArrayList<>();
        JsonNode years = array(root, "schoolYears", "schoolYears");
        for (int y = 0; y < years.size(); y++) {
            readSchoolYear(years.get(y), "schoolYears[" + y + "]", fileSource,
                    byAuthority, unassigned);
        }
        return new TermDates(byAuthority, unassigned);
    }

    private static void readSchoolYear(JsonNode node, String path, String fileSource,
            Map<LocalAuthority, List<SchoolYearCalendar>> byAuthority,
            List<SchoolYearCalendar> unassigned) {
        String label = text(node, "schoolYear", path + ".schoolYear");
        String note = node.path("note").asText("");
        List<DateRange> known = new ArrayList<>();
        JsonNode ranges = array(node, "known", path + ".known");
        for (int k = 0; k < ranges.size(); k++) {
            known.add(range(ranges.get(k), path + ".known[" + k + "]"));
        }
        List<SchoolHoliday> holidays = new ArrayList<>();
        JsonNode holidayNodes = array(node, "holidays", path + ".holidays");
        for (int h = 0; h < holidayNodes.size(); h++) {
            holidays.add(holiday(holidayNodes.get(h), path + ".holidays[" + h + "]"));
        }
        JsonNode authorities = node.path("authorities");
        if (authorities.isMissingNode() || authorities.isEmpty()) {
            Confidence confidence = confidence(node, path);
            String source = node.path("source").asText(fileSource);
            unassigned.add(build(label, known, holidays, confidence, source, note, path));
            return;
        }
        for (int a = 0; a < authorities.size(); a++) {
            String authorityPath = path + ".authorities[" + a + "]";
            JsonNode entry = authorities.get(a);
            String code = text(entry, "code", authorityPath + ".code");
            LocalAuthority authority = LocalAuthority.fromFormValue(code).orElseThrow(() ->
                    invalid(authorityPath + ".code", code,
                            "use an ISO 3166-2 code of a Welsh authority, such as GB-POW"));
            SchoolYearCalendar calendar = build(label, known, holidays,
                    confidence(entry, authorityPath), text(entry, "source",
                            authorityPath + ".source"), note, authorityPath);
            List<SchoolYearCalendar> list =
                    byAuthority.computeIfAbsent(authority, ignored -> new ArrayList<>());
            if (list.stream().anyMatch(year -> year.schoolYear().equals(label))) {
                throw invalid(authorityPath + ".code", code,
                        "school year " + label + " is already given for this authority");
            }
            list.add(calendar);
        }
    }

    private static SchoolYearCalendar build(String label, List<DateRange> known,
            List<SchoolHoliday> holidays, Confidence confidence, String source, String note,
            String path) {
        try {
            return new SchoolYearCalendar(label, known, holidays, confidence, source, note);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid calendar at " + path + ": "
                    + e.getMessage(), e);
        }
    }

    private static SchoolHoliday holiday(JsonNode node, String path) {
        String kindValue = text(node, "kind", path + ".kind");
        HolidayKind kind = HolidayKind.fromDataValue(kindValue).orElseThrow(() ->
                invalid(path + ".kind", kindValue,
                        "use half-term, christmas, easter, summer or other"));
        String name = node.path("name").asText(kindValue);
        return new SchoolHoliday(kind, name, range(node, path));
    }

    private static Confidence confidence(JsonNode node, String path) {
        if (node.path("confidence").isMissingNode()) {
            throw new IllegalArgumentException("Invalid calendar JSON: " + path
                    + ".confidence is missing; add it with high, medium or low.");
        }
        String value = text(node, "confidence", path + ".confidence");
        return Confidence.fromDataValue(value).orElseThrow(() ->
                invalid(path + ".confidence", value, "use high, medium or low"));
    }

    private static DateRange range(JsonNode node, String path) {
        LocalDate first = date(node, "first", path + ".first");
        LocalDate last = date(node, "last", path + ".last");
        if (last.isBefore(first)) {
            throw invalid(path + ".last", last.toString(),
                    "it is before first (" + first + "); swap the two dates");
        }
        return new DateRange(first, last);
    }

    private static LocalDate date(JsonNode node, String name, String path) {
        String value = text(node, name, path);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(path, value, "write the date as YYYY-MM-DD, such as 2027-09-01");
        }
    }

    private static String text(JsonNode node, String name, String path) {
        JsonNode value = field(node, name, path);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(path, value.toString(), "give a non-empty string");
        }
        return value.asText();
    }

    private static JsonNode array(JsonNode node, String name, String path) {
        JsonNode value = field(node, name, path);
        if (!value.isArray()) {
            throw invalid(path, value.toString(), "give a JSON array");
        }
        return value;
    }

    private static JsonNode field(JsonNode node, String name, String path) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("Invalid calendar JSON: " + path
                    + " is missing; add it.");
        }
        return value;
    }

    private static JsonNode parseRoot(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("Invalid " + what
                    + " JSON: the text is empty; paste the whole JSON document.");
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("Invalid " + what
                        + " JSON: expected an object at the top level.");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("Invalid " + what + " JSON" + where + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static IllegalArgumentException invalid(String path, String value, String fix) {
        return new IllegalArgumentException("Invalid calendar JSON: " + path + " = " + value
                + "; " + fix + ".");
    }
}
