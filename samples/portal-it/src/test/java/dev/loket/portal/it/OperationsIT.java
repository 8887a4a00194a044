package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators use: health, OpenAPI, metrics. */
class OperationsIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void reportsReadyAfterReadingEveryModulesMigrationsAndTellsThePublicNothingMore() {
        HttpResponse<String> ready = Portal.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode database = Portal.json(ready).get("checks").get(0);
        assertThat(database.get("name").asText()).isEqualTo("database");
        assertThat(database.get("status").asText()).isEqualTo("UP");
        assertThat(database.path("data").isEmpty()).as("no database product or migration counts: " + database).isTrue();
        assertThat(Portal.get("/health").body()).doesNotContainIgnoringCase("H2").doesNotContain("migrations");
    }

    @Test
    void describesItsApiInOpenApi() {
        HttpResponse<String> openapi = Portal.get("/openapi", "Accept", "application/json");

        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonNode document = Portal.json(openapi);
        assertThat(document.get("info").get("title").asText()).isEqualTo("Loket portal");
        assertThat(document.get("paths").has("/api/checks/bsn")).isTrue();
        assertThat(document.get("paths").has("/api/diagnostics/unexpected-error")).isFalse();
        assertThat(document.get("paths").has("/api/benchmark/hello")).isFalse();
        assertThat(Portal.get("/openapi/ui/").statusCode()).isEqualTo(200);
    }

    @Test
    void offersTheBenchmarkBaselinesOnlyWhenSwitchedOn() {
        assertThat(Portal.get("/api/benchmark/hello").statusCode()).isEqualTo(404);
        assertThat(Portal.get("/api/benchmark/query").statusCode()).isEqualTo(404);
    }

    @Test
    void exposesMetricsForPrometheusToTheOperatorOnlyOverHttps() {
        Portal.get("/");
        String operator = "Basic " + Base64.getEncoder().encodeToString(("operator:"
                + System.getProperty("loket.it.operator-password")).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> metrics = Portal.sendHttps("GET", "/metrics", null, null, "Authorization", operator);
        HttpResponse<String> anonymous = Portal.sendHttps("GET", "/metrics", null, null);
        HttpResponse<String> employee = Portal.sendHttps("GET", "/metrics", null, null, "Authorization", CounterPagesIT.EMPLOYEE);
        HttpResponse<String> plainHttp = Portal.get("/metrics", "Authorization", operator);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("mp_scope=\"base\"").contains("jvm_uptime");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(employee.statusCode()).as("a counter employee is no operator").isEqualTo(403);
        assertThat(plainHttp.statusCode()).as("never over plain HTTP").isNotEqualTo(200);
        assertThat(plainHttp.body()).doesNotContain("jvm_uptime");
    }
}
