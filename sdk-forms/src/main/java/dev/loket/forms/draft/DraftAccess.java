package dev.loket.forms.draft;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks to open a draft, and whether they may. Holding a draft's id (a browser's cookie, a
 * session id in an API call, a counter address) is not enough for a draft that belongs to a person:
 * that draft holds their BSN, name and birth date, and a cookie outlives the login that made it.
 *
 * <ul>
 *   <li>A draft of nobody in particular (started without login) opens for whoever holds its id or
 *       its resume code, as before.</li>
 *   <li>A draft that belongs to a person (started while they were logged in, or at the counter for
 *       them, and prefilled with their data) opens only for a login that acts for that person
 *       (themselves, or someone with a mandate for them), or for an employee at the counter, whose
 *       actions are recorded as a {@link dev.loket.identity.Representation}.</li>
 * </ul>
 *
 * @param actingFor the pseudonym of the person the current login acts for; empty without a login
 * @param employee  whether the request comes from an employee of the agency (role {@code employee}),
 *                  only where the channel lets employees act for citizens
 */
public record DraftAccess(Optional<String> actingFor, boolean employee) {

    /** Nobody logged in. */
    public static final DraftAccess ANONYMOUS = new DraftAccess(Optional.empty(), false);

    public DraftAccess {
        Objects.requireNonNull(actingFor, "actingFor");
    }

    /** A login acting for the person with this pseudonym. */
    public static DraftAccess person(String pseudonym) {
        return new DraftAccess(Optional.of(pseudonym), false);
    }

    /** Whether this request may read, change and file the draft. */
    public boolean mayOpen(Draft draft) {
        return mayOpenOwnedBy(draft.owner());
    }

    /**
     * Whether this request may learn about what belongs to {@code owner}: a draft, or the submission it
     * became once filed (a draft is deleted when filed; its submission remembers the owner).
     *
     * @param owner the pseudonym of the person it belongs to; empty for nobody in particular
     */
    public boolean mayOpenOwnedBy(Optional<String> owner) {
        return owner.isEmpty() || employee || owner.equals(actingFor);
    }
}
