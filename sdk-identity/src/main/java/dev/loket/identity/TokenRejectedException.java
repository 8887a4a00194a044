package dev.loket.identity;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

/**
 * A token that did not pass {@link TokenVerifier}. Answered with 401 at the HTTP edge; the
 * {@link #reason()} is for logs and tests, the client only learns that its token is not accepted.
 */
public final class TokenRejectedException extends LoketException {

    private static final long serialVersionUID = 1L;

    /** The problem type of every refused token: 401, without saying why (that helps attackers, not users). */
    public static final ProblemType INVALID_TOKEN = ProblemType.of("identity/invalid-token", 401, IdentityMessages.BUNDLE);

    private final TokenRejection reason;

    public TokenRejectedException(TokenRejection reason) {
        super(INVALID_TOKEN, Message.of(IdentityMessages.BUNDLE, "token.rejected"));
        this.reason = reason;
    }

    /** Why the token was refused. */
    public TokenRejection reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return "Token rejected: " + reason;
    }
}
