package dev.loket.identity.internal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginSessionFilterTest {

    @Test
    void checksEveryBearerJwtAsALoginForgedOrNot() {
        assertThat(LoginSessionFilter.isLoginToken("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).isTrue();
        assertThat(LoginSessionFilter.isLoginToken("bearer a.b.c")).isTrue();
    }

    @Test
    void leavesOtherBearerCredentialsSuchAsAgencyApiKeysToTheirOwnCheck() {
        assertThat(LoginSessionFilter.isLoginToken("Bearer utrecht-development-only-api-key")).isFalse();
        assertThat(LoginSessionFilter.isLoginToken("Basic YmFsaWU6YmFsaWU=")).isFalse();
        assertThat(LoginSessionFilter.isLoginToken(null)).isFalse();
    }
}
