package dev.loket.identity;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

/** A login that did not complete. The person sees "try again"; the {@link #reason()} goes to the log. */
public final class LoginFailedException extends LoketException {

    private static final long serialVersionUID = 1L;

    /** The problem type of a failed login. */
    public static final ProblemType LOGIN_FAILED = ProblemType.of("identity/login-failed", 401, IdentityMessages.BUNDLE);

    private final LoginFailure reason;

    public LoginFailedException(LoginFailure reason) {
        this(reason, null);
    }

    public LoginFailedException(LoginFailure reason, Throwable cause) {
        super(LOGIN_FAILED, Message.of(IdentityMessages.BUNDLE,
                reason == LoginFailure.PERSON_CHANGED ? "login.person-changed" : "login.failed"), java.util.List.of(), cause);
        this.reason = reason;
    }

    public LoginFailure reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return "Login failed: " + reason;
    }
}
