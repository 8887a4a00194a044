package dev.loket.consent.internal.web;

import dev.loket.consent.ConsentOverview;
import dev.loket.consent.Retention;
import dev.loket.core.Language;
import dev.loket.core.web.Page;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The overview pages for the citizen ({@code /consent}) and for an employee helping them
 * ({@code /counter/consent/{subject}}): the same pages under another path, with a banner at the counter.
 */
public final class OverviewPages {

    private OverviewPages() {
    }

    /** The consents page; {@code done} names what just happened ("given", "withdrawn"), if anything. */
    public static Page consents(ConsentOverview overview, String subject, Language language, String path,
                                boolean counter, Optional<String> done) {
        OverviewViews views = new OverviewViews(language);
        return new Page("consent/overview", Map.of(
                "consents", views.consents(overview.consents(subject)),
                "path", path,
                "counter", counter,
                "done", done.filter(d -> d.equals("given") || d.equals("withdrawn")).orElse("")));
    }

    /** The "who used my data" page. */
    public static Page uses(ConsentOverview overview, String subject, Language language, String path, boolean counter) {
        OverviewViews views = new OverviewViews(language);
        return new Page("consent/usage", Map.of(
                "agencies", views.uses(overview.uses(subject)),
                "path", path,
                "counter", counter));
    }

    /** The erasure request: what it does, and one button. */
    public static Page erasure(String path, boolean counter) {
        return new Page("consent/erasure", Map.of("path", path, "counter", counter, "done", false));
    }

    /** What the erasure removed and what it kept, and why. */
    public static Page erased(Retention.ErasureReport report, ConsentOverview overview,
                              Language language, String path, boolean counter) {
        return new Page("consent/erasure", Map.of("path", path, "counter", counter, "done", true,
                "report", new OverviewViews(language).erasure(report, overview.purposes())));
    }

    /** A receipt as a file to keep. */
    public static Response receiptDownload(ConsentOverview overview, String subject, UUID eventId) {
        return Response.ok(overview.receipt(subject, eventId), "application/jwt")
                .header("Content-Disposition", "attachment; filename=\"toestemming-" + eventId + ".jwt\"")
                .build();
    }

    /** Back to the consents page after a change (post, redirect, get). */
    public static Response backTo(URI consentsPage, String done) {
        return Response.seeOther(URI.create(consentsPage.toString() + "?done=" + done)).build();
    }
}
