package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths the servlet container itself refuses: a plain 400, nothing about the server, no stack trace in the log. */
class ContainerErrorsIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("loket.it.server-log"));

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x/%2e/", "/x%2fy", "/forms/%2e%2e/api", "/counter%2f..%2fapi"})
    void answersAPathTheContainerRefusesWithAPlainBadRequestAndLogsNoStackTrace(String path) throws IOException {
        long logBefore = Files.size(SERVER_LOG);

        HttpResponse<String> response = Portal.get(path, "Accept-Language", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Portal.json(response).path("type").asText()).isEqualTo("https://loket.dev/problems/bad-request");
        assertThat(response.body()).doesNotContain("com.ibm").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain(".java:");
        assertThat(logWrittenSince(logBefore)).doesNotContain("SRVE0315E").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/loket-container-error"})
    void theErrorPageByItsOwnAddressIsJustAnUnknownPage(String path) {
        HttpResponse<String> response = Portal.get(path, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Portal.json(response).path("type").asText()).isEqualTo("https://loket.dev/problems/not-found");
    }

    private static String logWrittenSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(SERVER_LOG);
        return new String(log, (int) Math.min(offset, log.length), (int) Math.max(0, log.length - offset), StandardCharsets.UTF_8);
    }
}
