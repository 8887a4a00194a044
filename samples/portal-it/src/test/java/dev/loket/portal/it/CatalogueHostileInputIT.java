package dev.loket.portal.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The Big List of Naughty Strings at every input of the catalogue API: never a server error. */
class CatalogueHostileInputIT {

    private static List<String> naughty;

    @BeforeAll
    static void loadStrings() throws IOException {
        Portal.awaitReady();
        naughty = new ArrayList<>();
        new ObjectMapper().readTree(Path.of(System.getProperty("loket.test.data", "../../testdata"),
                "big-list-of-naughty-strings", "blns.json").toFile()).forEach(s -> naughty.add(s.asText()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertNoServerError(Function<String, HttpResponse<String>> call) {
        for (String s : naughty) {
            HttpResponse<String> response = call.apply(s);
            assertThat(response.statusCode()).as("%s -> %s", s, response.body()).isLessThan(500);
        }
    }

    @Test
    void neverFailsOnAHostileProductIdOrOwner() {
        assertNoServerError(s -> Portal.get("/api/catalogue/product?id=" + encode(s)));
        assertNoServerError(s -> Portal.get("/api/catalogue/products?owner=" + encode(s)));
        assertNoServerError(s -> Portal.get("/api/catalogue/export/loket?owner=" + encode(s)));
    }

    @Test
    void neverFailsOnAHostileProductOrKey() {
        assertNoServerError(s -> {
            ObjectNode product = JsonNodeFactory.instance.objectNode().put("id", s);
            product.putObject("name").put("nl", s);
            product.putObject("description").put("nl", s);
            return Portal.send("POST", "/api/catalogue/products", "application/json", product.toString(),
                    "Authorization", "Bearer utrecht-development-only-api-key");
        });
        assertNoServerError(s -> Portal.send("POST", "/api/catalogue/products", "application/json", s,
                // What an HTTP client can put in a header: printable ASCII.
                "Authorization", "Bearer x" + s.replaceAll("[^\\x21-\\x7e]", "")));
    }

    @Test
    void neverFailsOnAHostileFeedOrImport() {
        assertNoServerError(s -> Portal.send("POST", "/api/catalogue/feeds", "application/jose", s));
        assertNoServerError(s -> Portal.send("POST", "/api/catalogue/imports", "application/xml",
                "<overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\">" + s
                        + "</overheidproduct:scproducten>", "Authorization", "Bearer buren-development-only-api-key"));
        assertNoServerError(s -> Portal.send("POST", "/api/catalogue/imports", "application/json",
                "{\"products\":[" + JsonNodeFactory.instance.textNode(s) + "]}", "Authorization", "Bearer buren-development-only-api-key"));
    }
}
