package dev.loket.core.identifier;

import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IbanTest {

    /** The examples of the SWIFT IBAN registry and the well-known test IBANs, one per country. */
    private static final List<String> PUBLIC_TEST_IBANS = List.of(
            "NL91ABNA0417164300", "GB82WEST12345698765432", "DE89370400440532013000", "BE68539007547034",
            "FR1420041010050500013M02606", "NO9386011117947", "MT84MALT011000012345MTLCAST001S",
            "CH9300762011623852957", "AT611904300234573201", "ES9121000418450200051332",
            "IT60X0542811101000000123456", "PL61109010140000071219812874", "IE29AIBK93115212345678",
            "SE4550000000058398257466", "DK5000400440116243", "FI2112345600000785",
            "PT50000201231234567890154", "LU280019400644750000", "IS140159260076545510730339",
            "LI21088100002324013AA", "MC5811222000010123456789030", "SM86U0322509800000000270100",
            "HR1210010051863000160", "SI56263300012039086", "SK3112000000198742637541",
            "CZ6508000000192000145399", "HU42117730161111101800000000", "RO49AAAA1B31007593840000",
            "BG80BNBG96611020345678", "GR1601101250000000012300695", "CY17002001280000001200527600",
            "EE382200221020145685", "LV80BANK0000435195001", "LT121000011101001000",
            "LC55HEMM000100010012001200023015");

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91 abna 0417 1643 00",
            "NL91-ABNA-0417-1643-00", "NL91.ABNA.0417.1643.00", " NL91ABNA0417164300\n"})
    void acceptsTheWaysPeopleWriteAnIban(String written) {
        Iban iban = Iban.parse(written).orElseThrow();

        assertThat(iban.value()).isEqualTo("NL91ABNA0417164300");
        assertThat(iban.countryCode()).isEqualTo("NL");
    }

    @Test
    void acceptsThePublicTestIbanOfEveryCountryInTheSample() {
        for (String iban : PUBLIC_TEST_IBANS) {
            assertThat(Iban.parse(iban)).as(iban).get().extracting(Iban::value).isEqualTo(iban);
        }
    }

    @Test
    void printsInGroupsOfFourForPeopleAndCompactForMachines() {
        assertThat(Iban.parse("GB82WEST12345698765432").orElseThrow().formatted())
                .isEqualTo("GB82 WEST 1234 5698 7654 32");
        assertThat(Iban.parse("nl91abna0417164300").orElseThrow().formatted())
                .isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(Iban.parse("DE89 3704 0044 0532 0130 00").orElseThrow())
                .hasToString("DE89370400440532013000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "NL91ABNA0417164301",      // a typo in the account: the check digits no longer match
            "NL19ABNA0417164300",      // check digits swapped
            "NL91ABNA041716430",       // one character short for NL
            "NL91ABNA04171643000",     // one too many
            "US64SVBKUS6S3300958879",  // the United States do not issue IBANs
            "XX91ABNA0417164300",
            "NLAAABNA0417164300",      // check digits must be digits
            "NL91ABNA04171643ÖÖ",
            "ＮＬ91ABNA0417164300",     // full-width letters look right but are not
            "NL",
            "NL91",
            "0417164300",              // a Dutch account number without IBAN
            "' OR 1=1 --"})
    void rejectsWhatIsNotAValidIban(String text) {
        assertThat(Iban.parse(text)).isEmpty();
    }

    @Test
    void hasTheSameCountriesAndLengthsAsCommonsValidator() {
        // Ask for every two-letter code, so that territories sharing their parent's format count too.
        Map<String, Integer> theirs = new HashMap<>();
        for (char first = 'A'; first <= 'Z'; first++) {
            for (char second = 'A'; second <= 'Z'; second++) {
                String code = "" + first + second;
                if (IBANValidator.getInstance().hasValidator(code)) {
                    theirs.put(code, IBANValidator.getInstance().getValidator(code).getIbanLength());
                }
            }
        }

        assertThat(Iban.lengthByCountry()).containsExactlyInAnyOrderEntriesOf(theirs);
    }

    @Test
    void agreesWithCommonsValidatorOnEveryTypoAndSwapOfThePublicTestIbans() {
        int typos = 0;
        for (String iban : PUBLIC_TEST_IBANS) {
            for (String typo : typosOf(iban)) {
                boolean ours = Iban.parse(typo).isPresent();
                IBANValidator.Validator theirs = IBANValidator.getInstance().getValidator(typo);
                // Commons checks each country's account format, we only the Dutch one; both check
                // length and check digits, which ISO 13616 requires to be digits (Commons does not ask).
                boolean expected = theirs != null && typo.length() == theirs.getIbanLength()
                        && Character.isDigit(typo.charAt(2)) && Character.isDigit(typo.charAt(3))
                        && IBANCheckDigit.IBAN_CHECK_DIGIT.isValid(typo)
                        && (!typo.startsWith("NL") || IBANValidator.getInstance().isValid(typo));
                assertThat(ours).as(typo).isEqualTo(expected);
                typos++;
            }
        }
        assertThat(typos).isGreaterThan(25_000);
    }

    @Test
    void rejectsEverySingleTypoInADutchIban() {
        for (String typo : typosOf("NL91ABNA0417164300")) {
            if (!typo.substring(0, 2).equals("NL")) {
                continue; // another country's code changes the length rule, not a typo in the number
            }
            assertThat(Iban.parse(typo)).as(typo).isEmpty();
        }
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(Iban::parse, Iban::toString);
    }

    /** Every string one substitution or one swap of neighbours away from {@code iban}. */
    private static List<String> typosOf(String iban) {
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < iban.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != iban.charAt(i)) {
                    typos.add(iban.substring(0, i) + c + iban.substring(i + 1));
                }
            }
            if (i + 1 < iban.length() && iban.charAt(i) != iban.charAt(i + 1)) {
                typos.add(iban.substring(0, i) + iban.charAt(i + 1) + iban.charAt(i) + iban.substring(i + 2));
            }
        }
        return typos;
    }
}
