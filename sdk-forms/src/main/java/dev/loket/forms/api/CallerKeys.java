package dev.loket.forms.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The key under which a client's {@code Idempotency-Key} is stored. A client's key is unique only
 * among that client's own requests: stored as sent, another caller with the same key (by chance, or
 * guessed) would get the first caller's submission and receipt. So the key is stored together with
 * who sent it, hashed: the same caller with the same key finds its submission again, anyone else
 * files a submission of their own.
 *
 * <p>The keys the server makes itself ({@code session-}, {@code draft-}, {@code conversation-} with a
 * random id) are already the caller's own and are stored as they are.
 */
final class CallerKeys {

    /** No server-made key starts so, and a client's key never reaches the store without it. */
    static final String PREFIX = "caller-";

    private CallerKeys() {
    }

    /**
     * A key of a session: only whoever holds the session (its random id) files or finds its submission.
     */
    static String ofSession(UUID session, String clientKey) {
        return scoped("session:" + session, clientKey);
    }

    /**
     * A key of a submission through the stateless API, scoped to the best the request says about who sent it.
     *
     * @param citizen       the pseudonym of the logged-in citizen, if any
     * @param user          the name of a user the container logged in, if any
     * @param authorization the request's {@code Authorization} header, if any (an API client's credential)
     */
    static String ofCaller(Optional<String> citizen, Optional<String> user, Optional<String> authorization,
                           String clientKey) {
        String caller = citizen.map(c -> "citizen:" + c)
                .or(() -> user.map(u -> "user:" + u))
                .or(() -> authorization.filter(a -> !a.isBlank()).map(a -> "credential:" + a.strip()))
                .orElse("anonymous");
        return scoped(caller, clientKey);
    }

    private static String scoped(String caller, String clientKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(caller.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            byte[] digest = sha256.digest(clientKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
