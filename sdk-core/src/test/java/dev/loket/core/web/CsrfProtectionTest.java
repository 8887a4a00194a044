package dev.loket.core.web;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfProtectionTest {

    private static final String BASIC = "Basic YmFsaWU6YmFsaWUtZGV2ZWxvcG1lbnQtb25seQ==";

    @Test
    void checksABodilessPostThatCarriesOnlyBasicCredentials() {
        assertThat(CsrfProtection.browserCanForge(null, false, BASIC, false)).isTrue();
    }

    @Test
    void checksABodilessPostOfAContainerLoginWithoutHeaderOrCookies() {
        assertThat(CsrfProtection.browserCanForge(null, false, null, true)).isTrue();
    }

    @Test
    void checksEveryPostWithBasicCredentialsWhateverItsBody() {
        assertThat(CsrfProtection.browserCanForge(MediaType.APPLICATION_JSON_TYPE, false, BASIC, false)).isTrue();
        assertThat(CsrfProtection.browserCanForge(MediaType.APPLICATION_JSON_TYPE, false, "  basic x", false)).isTrue();
    }

    @Test
    void checksBodilessPostsWithCookiesAndFormsAlways() {
        assertThat(CsrfProtection.browserCanForge(null, true, null, false)).isTrue();
        assertThat(CsrfProtection.browserCanForge(MediaType.APPLICATION_FORM_URLENCODED_TYPE, false, null, false)).isTrue();
        assertThat(CsrfProtection.browserCanForge(MediaType.TEXT_PLAIN_TYPE, false, null, false)).isTrue();
    }

    @Test
    void leavesJsonWithABearerTokenOrWithoutCredentialsToCorsAndTheToken() {
        assertThat(CsrfProtection.browserCanForge(MediaType.APPLICATION_JSON_TYPE, false, "Bearer abc", false)).isFalse();
        assertThat(CsrfProtection.browserCanForge(null, false, "Bearer abc", false)).isFalse();
        assertThat(CsrfProtection.browserCanForge(MediaType.APPLICATION_JSON_TYPE, true, null, false)).isFalse();
        assertThat(CsrfProtection.browserCanForge(null, false, null, false)).isFalse();
    }
}
