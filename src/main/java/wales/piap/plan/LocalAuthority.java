package wales.piap.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 22 Welsh principal councils (Local Government (Wales) Act 1994), with their ISO 3166-2
 * codes and English and Welsh area names.
 */
public enum LocalAuthority {
    ISLE_OF_ANGLESEY("GB-AGY", "Isle of Anglesey", "Ynys M\u00f4n"),
    BLAENAU_GWENT("GB-BGW", "Blaenau Gwent", "Blaenau Gwent"),
    BRIDGEND("GB-BGE", "Bridgend", "Pen-y-bont ar Ogwr"),
    CAERPHILLY("GB-CAY", "Caerphilly", "Caerffili"),
    CARDIFF("GB-CRF", "Cardiff", "Caerdydd"),
    CARMARTHENSHIRE("GB-CMN", "Carmarthenshire", "Sir Gaerfyrddin"),
    CEREDIGION("GB-CGN", "Ceredigion", "Ceredigion"),
    CONWY("GB-CWY", "Conwy", "Conwy"),
    DENBIGHSHIRE("GB-DEN", "Denbighshire", "Sir Ddinbych"),
    FLINTSHIRE("GB-FLN", "Flintshire", "Sir y Fflint"),
    GWYNEDD("GB-GWN", "Gwynedd", "Gwynedd"),
    MERTHYR_TYDFIL("GB-MTY", "Merthyr Tydfil", "Merthyr Tudful"),
    MONMOUTHSHIRE("GB-MON", "Monmouthshire", "Sir Fynwy"),
    NEATH_PORT_TALBOT("GB-NTL", "Neath Port Talbot", "Castell-nedd Port Talbot"),
    NEWPORT("GB-NWP", "Newport", "Casnewydd"),
    PEMBROKESHIRE("GB-PEM", "Pembrokeshire", "Sir Benfro"),
    POWYS("GB-POW", "Powys", "Powys"),
    RHONDDA_CYNON_TAF("GB-RCT", "Rhondda Cynon Taf", "Rhondda Cynon Taf"),
    SWANSEA("GB-SWA", "Swansea", "Abertawe"),
    TORFAEN("GB-TOF", "Torfaen", "Tor-faen"),
    VALE_OF_GLAMORGAN("GB-VGL", "Vale of Glamorgan", "Bro Morgannwg"),
    WREXHAM("GB-WRX", "Wrexham", "Wrecsam");

    private final String code;
    private final String englishName;
    private final String welshName;

    LocalAuthority(String code, String englishName, String welshName) {
        this.code = code;
        this.englishName = englishName;
        this.welshName = welshName;
    }

    /** Returns the ISO 3166-2 subdivision code, such as {@code GB-POW}. */
    public String code() {
        return code;
    }

    /** Returns the value used in wizard forms: the ISO code in lower case, such as "gb-pow". */
    public String formValue() {
        return code.toLowerCase(Locale.ROOT);
    }

    /** Returns the English area name, such as "Vale of Glamorgan". */
    public String englishName() {
        return englishName;
    }

    /** Returns the Welsh area name, such as "Bro Morgannwg". */
    public String welshName() {
        return welshName;
    }

    /** Returns the Welsh name for a Welsh locale and the English name for any other. */
    public String displayName(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? welshName : englishName;
    }

    /**
     * Finds an authority by ISO code, form value, or English or Welsh name, ignoring case,
     * accents, spaces and hyphens, so "Ynys Mon", "gb-agy" and "Isle of Anglesey" all match.
     */
    public static Optional<LocalAuthority> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = fold(value);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(la -> wanted.equals(fold(la.code))
                        || wanted.equals(fold(la.englishName))
                        || wanted.equals(fold(la.welshName)))
                .findFirst();
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\-]+", "")
                .toLowerCase(Locale.ROOT);
    }
}
