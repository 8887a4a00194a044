package dev.loket.core.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forms/verhuizing?step=2", "/a/b#c"})
    void returnsToPathsOnThisSite(String path) {
        assertThat(LanguageResource.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
            "/ok\r\nSet-Cookie: x=y", "/with space", "/%zz", "/a^b", "/a{b}", "/a|b", "/x#a#b", "/[::1]"})
    void neverRedirectsAwayFromThisSite(String returnTo) {
        assertThat(LanguageResource.safe(returnTo)).isEqualTo("/");
    }
}
