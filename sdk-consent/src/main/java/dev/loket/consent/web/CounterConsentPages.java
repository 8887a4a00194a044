package dev.loket.consent.web;

import dev.loket.consent.ConsentOverview;
import dev.loket.consent.Retention;
import dev.loket.consent.ConsentProblems;
import dev.loket.consent.internal.web.OverviewPages;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.core.web.Page;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.Representation;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The citizen's overview at the counter: an employee with the role {@value #ROLE} looks up the
 * citizen in front of them by BSN (from their ID) and sees, gives or withdraws consent with them.
 * Every change records the employee, for whom and at which counter ({@link Representation#atCounter}).
 * URLs carry the citizen's pseudonym, never the BSN.
 */
@Path("counter/consent")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Counter pages")
public class CounterConsentPages {

    /** The role an employee needs for these pages. */
    public static final String ROLE = "employee";

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    Instance<ConsentOverview> overview;

    @Inject
    Instance<Retention> retention;

    @Inject
    Instance<Pseudonyms> pseudonyms;

    @Inject
    @ConfigProperty(name = "loket.consent.notice-version", defaultValue = "1")
    String noticeVersion;

    @Inject
    @ConfigProperty(name = "loket.forms.counter.name")
    Optional<String> counterName;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The counter: look up a citizen's consents by BSN (HTML; employees only)")
    public Page start() {
        employee();
        return new Page("consent/counter", Map.of("invalid", false));
    }

    @POST
    @Operation(summary = "Open the overview of the citizen with this BSN")
    public Response lookUp(@FormParam("bsn") String bsn) {
        employee();
        Optional<Bsn> number = Bsn.parse(bsn == null ? "" : bsn);
        if (number.isEmpty() || pseudonyms.isUnsatisfied()) {
            return Response.status(422).entity(new Page("consent/counter", Map.of("invalid", true))).build();
        }
        return Response.seeOther(uri.getBaseUriBuilder().path(path(pseudonyms.get().of(number.get()))).build())
                .build();
    }

    @GET
    @Path("{subject}")
    @Operation(summary = "A citizen's consents, as the citizen would see them (HTML; employees only)")
    public Page consents(@PathParam("subject") String subject, @QueryParam("done") String done) {
        employee();
        return OverviewPages.consents(overview(), subject, language(), path(subject), true, Optional.ofNullable(done));
    }

    @GET
    @Path("{subject}/usage")
    @Operation(summary = "Who used the citizen's data (HTML; employees only)")
    public Page usage(@PathParam("subject") String subject) {
        employee();
        return OverviewPages.uses(overview(), subject, language(), path(subject), true);
    }

    @POST
    @Path("{subject}/{controller}/{purpose}/give")
    @Operation(summary = "Give consent with the citizen, recorded as done by this employee at this counter")
    public Response give(@PathParam("subject") String subject, @PathParam("controller") String controller,
                         @PathParam("purpose") String purpose) {
        Representation by = representation(subject);
        overview().give(subject, controller, purpose, noticeVersion, Channel.COUNTER, Optional.of(by));
        return OverviewPages.backTo(uri.getBaseUriBuilder().path(path(subject)).build(), "given");
    }

    @POST
    @Path("{subject}/{controller}/{purpose}/withdraw")
    @Operation(summary = "Withdraw consent with the citizen, in one step, recorded as done by this employee")
    public Response withdraw(@PathParam("subject") String subject, @PathParam("controller") String controller,
                             @PathParam("purpose") String purpose) {
        Representation by = representation(subject);
        overview().withdraw(subject, controller, purpose, Channel.COUNTER, Optional.of(by));
        return OverviewPages.backTo(uri.getBaseUriBuilder().path(path(subject)).build(), "withdrawn");
    }

    @GET
    @Path("{subject}/erasure")
    @Operation(summary = "The citizen's erasure request: what it does (HTML; employees only)")
    public Page erasure(@PathParam("subject") String subject) {
        employee();
        return OverviewPages.erasure(path(subject), true);
    }

    @POST
    @Path("{subject}/erasure")
    @Operation(summary = "Erase with the citizen what may be erased; shows what must be kept and why")
    public Page erase(@PathParam("subject") String subject) {
        Retention.ErasureReport report = ConsentWeb.retention(retention)
                .erase(subject, Channel.COUNTER, Optional.of(representation(subject)));
        return OverviewPages.erased(report, overview(), language(), path(subject), true);
    }

    @GET
    @Path("{subject}/receipts/{event}")
    // A browser asks for HTML or anything; the answer is the receipt itself, as a file.
    @Produces({"application/jwt", MediaType.WILDCARD})
    @Operation(summary = "Download a receipt for the citizen")
    public Response receipt(@PathParam("subject") String subject, @PathParam("event") UUID event) {
        employee();
        return OverviewPages.receiptDownload(overview(), subject, event);
    }

    private Representation representation(String subject) {
        return Representation.atCounter(employee(), subject, counterName.orElse(""));
    }

    private static String path(String subject) {
        return "/counter/consent/" + subject;
    }

    private String employee() {
        if (security.getUserPrincipal() == null || !security.isUserInRole(ROLE)) {
            throw new LoketException(ConsentProblems.EMPLOYEES_ONLY, Message.of(ConsentWeb.BUNDLE, "consent.employees-only"));
        }
        return security.getUserPrincipal().getName();
    }

    private ConsentOverview overview() {
        return ConsentWeb.overview(overview);
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}
