package dev.loket.identity;

/** Where this module's texts for people live. */
final class IdentityMessages {

    static final String BUNDLE = "dev.loket.identity.messages";

    private IdentityMessages() {
    }
}
