package io.revitalization.cases.app;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, any country (not only TW and JP). */
final class Countries {
    static final String EXPECTED = "must be an ISO 3166-1 alpha-2 country code such as JP or TW";
    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    static boolean isCode(String country) {
        return country != null && CODES.contains(country);
    }
}
