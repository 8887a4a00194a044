package dev.loket.identity.internal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/mijn", "/forms/verhuizing?step=2", "/mijn/zaken#top"})
    void returnsToAPathInThisApplication(String path) {
        assertThat(LoginResource.local(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "", "/ spaced",
            "javascript:alert(1)", "\\\\evil.example"})
    void neverReturnsToAnotherSite(String path) {
        assertThat(LoginResource.local(path)).isEqualTo("/");
    }
}
