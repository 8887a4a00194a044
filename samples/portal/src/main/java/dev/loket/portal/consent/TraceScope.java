package dev.loket.portal.consent;

import dev.loket.consent.log.TraceContext;

import java.util.Optional;

/**
 * What processing log entries of one unit of work share: its trace, the check whose reads follow,
 * and the employee acting, if any. A request has one ({@link RequestTrace}); work outside a request
 * gets a {@link #detached} one.
 */
public interface TraceScope {

    /** The span this work's entries descend from. */
    TraceContext root();

    /** The guard check that last allowed a use here, parent of the reads it allowed; else {@link #root}. */
    TraceContext parentOfReads();

    /** Remembers the check that allowed a use. */
    void allowedBy(TraceContext check);

    /** The employee acting, when one is. */
    Optional<String> employee();

    /** A scope of its own with a new trace and no employee, e.g. for one run of a scheduled task. */
    static TraceScope detached() {
        return detached(TraceContext.newTrace(), Optional.empty());
    }

    /** A scope under {@code root}, with {@code employee} acting. */
    static TraceScope detached(TraceContext root, Optional<String> employee) {
        return new TraceScope() {
            private TraceContext lastAllowed;

            @Override
            public TraceContext root() {
                return root;
            }

            @Override
            public synchronized TraceContext parentOfReads() {
                return lastAllowed != null ? lastAllowed : root;
            }

            @Override
            public synchronized void allowedBy(TraceContext check) {
                lastAllowed = check;
            }

            @Override
            public Optional<String> employee() {
                return employee;
            }
        };
    }
}
