package dev.loket.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void refusesANumberBigDecimalCannotHoldAsBadJsonWhereverItIs() {
        for (String json : new String[] {"13E3333333333333333333", "{\"a\": [1, 2e-9999999999]}", "[13E3333333333333333333]"}) {
            assertThatThrownBy(() -> Json.mapper().readTree(json)).as(json).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> Json.mapper().copy().readTree(json)).as(json).isInstanceOf(JsonProcessingException.class);
        }
        assertThatThrownBy(() -> Json.mapper().readValue("{\"a\": 13E3333333333333333333}", ObjectNode.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"n\": {\"a\": 13E3333333333333333333}}", Holder.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void keepsDecimalsExactAndTreesAsJacksonReadsThem() throws Exception {
        JsonNode tree = Json.mapper().readTree("{\"amount\": 0.1, \"big\": 1e999999999, \"none\": null, \"list\": [1, \"a\"]}");

        assertThat(tree.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(tree.get("big").isBigDecimal()).isTrue();
        assertThat(tree.get("none").isNull()).isTrue();
        assertThat(tree.get("list").size()).isEqualTo(2);
        assertThat(Json.mapper().readTree("").isMissingNode()).isTrue();
        assertThat(Json.mapper().readValue("{\"n\": null}", Holder.class).n()).isNotNull();
        assertThat(Json.mapper().readValue("{\"m\": {\"x\": {\"y\": 2}}}", Map.class)).containsKey("m");
    }

    record Holder(JsonNode n) {
    }
}
