package dev.loket.core.identifier;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (ISO 13616): a country code, two check digits and the
 * national account number, as in {@code NL91ABNA0417164300}. An instance has the length its country
 * prescribes and passes the ISO 7064 mod-97 check, which catches every single typo and every swap of
 * two neighbouring characters. A Dutch IBAN must also have the Dutch form (four letters of the bank,
 * ten digits of the account): mod-97 alone lets a letter typed for a digit through now and then, and
 * Dutch accounts are the ones Loket sees most. Whether the account exists only the bank knows.
 *
 * <p>Why not Commons Validator's {@code IBANValidator} at run time: the check is a table and twenty
 * lines, and sdk-core ships inside every agency's application, where Commons Validator would bring
 * BeanUtils, Digester and Collections along. The tests compare our table with Commons Validator's,
 * so neither can drift unnoticed.
 */
public final class Iban {

    /**
     * The length of an IBAN per country, from the SWIFT IBAN registry: all SEPA countries and the
     * other countries that issue IBANs. Territories that use their parent's format (Åland, French
     * overseas, the Channel Islands, the Isle of Man) are listed under their own code too.
     */
    private static final Map<String, Integer> LENGTH_BY_COUNTRY = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AX", 18), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16),
            Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BL", 27),
            Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18), Map.entry("FO", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GF", 27),
            Map.entry("GG", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GP", 27),
            Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IM", 22),
            Map.entry("IQ", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JE", 22),
            Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24),
            Map.entry("ME", 22), Map.entry("MF", 27), Map.entry("MK", 19), Map.entry("MN", 20),
            Map.entry("MQ", 27), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30),
            Map.entry("NC", 27), Map.entry("NI", 28), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("OM", 23), Map.entry("PF", 27), Map.entry("PK", 24), Map.entry("PL", 28),
            Map.entry("PM", 27), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RE", 27), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33),
            Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23),
            Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TF", 27), Map.entry("TL", 23),
            Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("WF", 27), Map.entry("XK", 20), Map.entry("YE", 30),
            Map.entry("YT", 27));

    private static final Pattern DUTCH_ACCOUNT = Pattern.compile("[A-Z]{4}[0-9]{10}");

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /**
     * The IBAN in {@code text}, as people write it: in groups of four, with dots or dashes, in lower
     * case ({@code "nl91 abna 0417 1643 00"}). Empty when the country does not issue IBANs, the
     * length is not that country's, the check digits are not two digits that match, or a Dutch
     * IBAN does not have the Dutch form. Never throws.
     */
    public static Optional<Iban> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = Written.upperCaseAscii(Written.withoutSeparators(text));
        if (compact.length() < 4) {
            return Optional.empty();
        }
        Integer length = LENGTH_BY_COUNTRY.get(compact.substring(0, 2));
        return length != null && compact.length() == length
                && Written.isDigits(compact.substring(2, 4))
                && compact.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
                && remainderMod97(compact) == 1
                && (!compact.startsWith("NL") || DUTCH_ACCOUNT.matcher(compact.substring(4)).matches())
                ? Optional.of(new Iban(compact))
                : Optional.empty();
    }

    /**
     * ISO 7064 MOD 97-10 as ISO 13616 applies it: move the first four characters to the end, read
     * letters as 10..35, and take the remainder of the resulting number by 97. Computed digit by
     * digit, so no {@code BigInteger} is needed for a 34-character account.
     */
    private static int remainderMod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }

    /** The table, for the test that compares it with an independently kept one. */
    static Map<String, Integer> lengthByCountry() {
        return LENGTH_BY_COUNTRY;
    }

    /** The electronic form: upper case without spaces ({@code "NL91ABNA0417164300"}), as SEPA files carry it. */
    public String value() {
        return value;
    }

    /** The two-letter country code the IBAN starts with ({@code "NL"}). */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /**
     * The print form, in groups of four separated by a space ({@code "NL91 ABNA 0417 1643 00"}), as
     * ISO 13616 recommends for showing an IBAN to a person: easier to read back and compare.
     */
    public String formatted() {
        StringBuilder grouped = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(value, i, Math.min(i + 4, value.length()));
        }
        return grouped.toString();
    }

    /** Equal when the electronic forms are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The electronic form, as {@link #value()}; use {@link #formatted()} to show it to a person. */
    @Override
    public String toString() {
        return value;
    }
}
