package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

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
        assertThat(database.has("data")).as("no database product or migration counts: " + database).isFalse();
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
    void exposesMetricsForPrometheus() {
        Portal.get("/");

        HttpResponse<String> metrics = Portal.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("mp_scope=\"base\"").contains("jvm_uptime");
    }
}
