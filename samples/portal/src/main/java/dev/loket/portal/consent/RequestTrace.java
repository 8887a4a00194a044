package dev.loket.portal.consent;

import dev.loket.consent.log.TraceContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The trace of the request being served: continued from the caller's W3C {@code traceparent} header
 * when it sent one, else new. Processing log entries of one request share its trace id; a prefill
 * read is the child of the guard check that allowed it. Also knows whether an employee is acting
 * (the counter), so entries record them.
 */
@RequestScoped
public class RequestTrace implements TraceScope {

    static final String EMPLOYEE_ROLE = "employee";

    @Inject
    HttpServletRequest request;

    private TraceContext root;
    private TraceContext lastAllowed;

    /** The caller's span, or the request's own. */
    @Override
    public synchronized TraceContext root() {
        if (root == null) {
            root = TraceContext.fromTraceparent(request.getHeader("traceparent")).orElseGet(TraceContext::newTrace);
        }
        return root;
    }

    @Override
    public synchronized TraceContext parentOfReads() {
        return lastAllowed != null ? lastAllowed : root();
    }

    @Override
    public synchronized void allowedBy(TraceContext check) {
        lastAllowed = check;
    }

    /** The employee serving this request, when one is logged in with the employee role. */
    @Override
    public Optional<String> employee() {
        return request.getUserPrincipal() != null && request.isUserInRole(EMPLOYEE_ROLE)
                ? Optional.of(request.getUserPrincipal().getName()) : Optional.empty();
    }
}
