package dev.loket.consent.web;

import dev.loket.consent.ConsentOverview;
import dev.loket.consent.Retention;
import dev.loket.consent.internal.web.OverviewPages;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.core.web.Page;
import dev.loket.core.web.PageLogin;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The citizen's own pages: my consents (give, withdraw: one button each, and the receipts), and
 * who used my data. Who is asking comes from the application's {@link CurrentDataSubject}.
 */
@Path("consent")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Consent pages")
public class ConsentPages {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    Instance<ConsentOverview> overview;

    @Inject
    Instance<Retention> retention;

    @Inject
    Instance<CurrentDataSubject> currentSubject;

    @Inject
    Instance<PageLogin> login;

    @Inject
    @ConfigProperty(name = "loket.consent.notice-version", defaultValue = "1")
    String noticeVersion;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My consents: give, withdraw, receipts (HTML); without a login, 401 with the way to log in")
    public Response consents(@QueryParam("done") String done) {
        return forTheSignedIn(subject ->
                OverviewPages.consents(overview(), subject, language(), "/consent", false, Optional.ofNullable(done)));
    }

    @GET
    @Path("usage")
    @Operation(summary = "Who used my data: every processing log entry about me, by agency and purpose (HTML); "
            + "without a login, 401 with the way to log in")
    public Response usage() {
        return forTheSignedIn(subject -> OverviewPages.uses(overview(), subject, language(), "/consent", false));
    }

    @POST
    @Path("{controller}/{purpose}/give")
    @Operation(summary = "Give consent for a purpose")
    public Response give(@PathParam("controller") String controller, @PathParam("purpose") String purpose) {
        overview().give(subject(), controller, purpose, noticeVersion, Channel.WEB, Optional.empty());
        return OverviewPages.backTo(consentsPage(), "given");
    }

    @POST
    @Path("{controller}/{purpose}/withdraw")
    @Operation(summary = "Withdraw consent for a purpose, in one step")
    public Response withdraw(@PathParam("controller") String controller, @PathParam("purpose") String purpose) {
        overview().withdraw(subject(), controller, purpose, Channel.WEB, Optional.empty());
        return OverviewPages.backTo(consentsPage(), "withdrawn");
    }

    @GET
    @Path("erasure")
    @Operation(summary = "Ask to erase my data: what it does (HTML); without a login, 401 with the way to log in")
    public Response erasure() {
        return forTheSignedIn(subject -> OverviewPages.erasure("/consent", false));
    }

    @POST
    @Path("erasure")
    @Operation(summary = "Erase what may be erased about me; shows what must be kept and why")
    public Page erase() {
        Retention.ErasureReport report = ConsentWeb.retention(retention).erase(subject(), Channel.WEB, Optional.empty());
        return OverviewPages.erased(report, overview(), language(), "/consent", false);
    }

    @GET
    @Path("receipts/{event}")
    // A browser asks for HTML or anything; the answer is the receipt itself, as a file.
    @Produces({"application/jwt", MediaType.WILDCARD})
    @Operation(summary = "Download the signed receipt of one of my consent events")
    public Response receipt(@PathParam("event") UUID event) {
        return OverviewPages.receiptDownload(overview(), subject(), event);
    }

    /**
     * The page for the person signed in; for someone who is not, a page that offers the login and brings
     * them back here afterwards. It stays a 401 (nothing of anyone is shown), but a person can act on it.
     */
    private Response forTheSignedIn(Function<String, Page> page) {
        Optional<String> subject = ConsentWeb.subjectIfKnown(currentSubject, request);
        if (subject.isPresent()) {
            return Response.ok(page.apply(subject.get())).build();
        }
        String here = "/" + uri.getPath().replaceFirst("^/+", "");
        Optional<String> loginPath = login.isResolvable() ? login.get().loginPath(here) : Optional.empty();
        return Response.status(Response.Status.UNAUTHORIZED).header("Cache-Control", "no-store")
                .entity(Page.of("consent/log-in").with("loginPath", loginPath.orElse(""))).build();
    }

    private URI consentsPage() {
        return uri.getBaseUriBuilder().path("/consent").build();
    }

    private String subject() {
        return ConsentWeb.subject(currentSubject, request);
    }

    private ConsentOverview overview() {
        return ConsentWeb.overview(overview);
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}
