package dev.loket.forms.internal.web;

import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.identity.Login;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.Representation;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Optional;

/**
 * Who the current request is, for the drafts: the person its login acts for (by pseudonym), and
 * whether it comes from an employee. Every channel asks here, so they all apply one owner rule.
 */
public final class Requesters {

    /** The role of an employee of the agency, who may act for citizens at the counter. */
    public static final String EMPLOYEE_ROLE = "employee";

    private Requesters() {
    }

    /** A citizen's own channel (their browser, their app): only their login counts. */
    public static DraftAccess citizen(Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms) {
        return new DraftAccess(actingFor(login, pseudonyms), false);
    }

    /** A channel that employees use too (the sessions API): their login, or the employee role. */
    public static DraftAccess citizenOrEmployee(Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms,
                                                SecurityContext security) {
        return new DraftAccess(actingFor(login, pseudonyms), employee(security).isPresent());
    }

    /** The employee's user id, when the request comes from an employee. */
    public static Optional<String> employee(SecurityContext security) {
        return security != null && security.getUserPrincipal() != null && security.isUserInRole(EMPLOYEE_ROLE)
                ? Optional.of(security.getUserPrincipal().getName()) : Optional.empty();
    }

    /** The citizen the login acts for (themselves, or whom they represent), when the application knows pseudonyms. */
    public static Optional<PrefillSubject> citizenOf(Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms) {
        return login.isResolvable() && pseudonyms.isResolvable()
                ? login.get().citizen().map(c -> PrefillSubject.of(c.bsn(), pseudonyms.get())) : Optional.empty();
    }

    /**
     * Who acted for whom, to record with filing a draft: an employee for the draft's owner, or a login with a
     * mandate; empty for oneself.
     */
    public static Optional<Representation> representation(Draft draft, DraftAccess access,
                                                          Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms,
                                                          SecurityContext security) {
        Optional<String> employee = employee(security);
        if (draft.owner().isPresent() && !draft.owner().equals(access.actingFor()) && employee.isPresent()) {
            return Optional.of(Representation.atCounter(employee.get(), draft.owner().get(), ""));
        }
        return representation(login, pseudonyms);
    }

    /** Who acts for whom, to record with a filing: the login's mandate, if it has one. */
    public static Optional<Representation> representation(Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms) {
        return current(login).flatMap(l -> pseudonyms.isResolvable() ? l.representation(pseudonyms.get())
                : Optional.empty());
    }

    private static Optional<String> actingFor(Instance<CurrentLogin> login, Instance<Pseudonyms> pseudonyms) {
        return pseudonyms.isResolvable()
                ? current(login).map(l -> l.actingFor().pseudonym(pseudonyms.get())) : Optional.empty();
    }

    private static Optional<Login> current(Instance<CurrentLogin> login) {
        return login.isResolvable() ? login.get().login() : Optional.empty();
    }
}
