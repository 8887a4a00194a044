package dev.loket.forms.logic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Money in rules stays exact, however the JSON was read (as doubles or as exact decimals). */
class ExactDecimalsTest {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void keepsTheCentsOfDecimalsReadExactly() throws Exception {
        assertThat(apply(EXACT, "{\"+\": [77.20, 58.20]}").decimalValue()).isEqualByComparingTo("135.40");
        assertThat(apply(EXACT, "{\"+\": [{\"var\": \"a\"}, 0]}", "{\"a\": 77.20}").decimalValue())
                .isEqualByComparingTo("77.20");
    }

    @Test
    void addsTenAndTwentyCentsToThirtyCents() throws Exception {
        assertThat(apply(PLAIN, "{\"+\": [0.1, 0.2]}").decimalValue()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(apply(EXACT, "{\"+\": [0.1, 0.2]}").decimalValue()).isEqualByComparingTo(new BigDecimal("0.3"));
    }

    @Test
    void calculatesWithIntegersAsExactlyAsWithDecimals() throws Exception {
        // integers that fit in a long take a faster path; it must give the same numbers as BigDecimal
        long[] values = {0, 1, -1, 2, 3, 7, -8, 10, 40, 125, 1024, 3125, 999_999_999_999_999_999L,
            1L << 62, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE};
        for (long a : values) {
            for (long b : values) {
                BigDecimal x = BigDecimal.valueOf(a);
                BigDecimal y = BigDecimal.valueOf(b);
                String args = "[" + a + ", " + b + "]";
                assertThat(apply(PLAIN, "{\"+\": " + args + "}").decimalValue()).as(a + " + " + b)
                        .isEqualByComparingTo(x.add(y));
                assertThat(apply(PLAIN, "{\"-\": " + args + "}").decimalValue()).as(a + " - " + b)
                        .isEqualByComparingTo(x.subtract(y));
                assertThat(apply(PLAIN, "{\"*\": " + args + "}").decimalValue()).as(a + " * " + b)
                        .isEqualByComparingTo(x.multiply(y, MathContext.DECIMAL128));
                if (b != 0) {
                    assertThat(apply(PLAIN, "{\"/\": " + args + "}").decimalValue()).as(a + " / " + b)
                            .isEqualByComparingTo(x.divide(y, MathContext.DECIMAL128));
                    assertThat(apply(PLAIN, "{\"%\": " + args + "}").decimalValue()).as(a + " % " + b)
                            .isEqualByComparingTo(x.remainder(y));
                }
            }
        }
    }

    private static JsonNode apply(ObjectMapper mapper, String rule) throws Exception {
        return apply(mapper, rule, "{}");
    }

    private static JsonNode apply(ObjectMapper mapper, String rule, String data) throws Exception {
        return JsonLogic.apply(mapper.readTree(rule), mapper.readTree(data));
    }
}
