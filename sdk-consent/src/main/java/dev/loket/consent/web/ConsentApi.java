package dev.loket.consent.web;

import dev.loket.consent.ChainVerification;
import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentOverview;
import dev.loket.consent.ConsentReceipts;
import dev.loket.consent.Purpose;
import dev.loket.consent.Retention;
import jakarta.ws.rs.POST;
import dev.loket.consent.internal.web.OverviewViews;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The citizen's overview as JSON: the purposes, my consents (give with PUT, withdraw with DELETE:
 * one request each), my receipts, who used my data, and the public keys that verify every receipt.
 * Texts in the reader's language sit beside the codes, so an app can show them as they are.
 */
@Path("api/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
public class ConsentApi {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    Instance<ConsentOverview> overview;

    @Inject
    Instance<ConsentReceipts> receipts;

    @Inject
    Instance<Retention> retention;

    @Inject
    Instance<CurrentDataSubject> currentSubject;

    @Inject
    @ConfigProperty(name = "loket.consent.notice-version", defaultValue = "1")
    String noticeVersion;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** A purpose as the API shows it. */
    public record PurposeView(String controller, String id, String description, String basis, String basisArticle,
                              String legalReference, List<String> dataCategories, List<String> recipients,
                              String retention, boolean specialCategory) {
    }

    /** A consent event just recorded, with its signed receipt. */
    public record Recorded(String id, String type, String time, String receipt) {
    }

    /** Body of a PUT: the version of the privacy notice the person was shown (optional). */
    public record Give(String noticeVersion) {
    }

    /** The outcome of checking the person's hash chain. */
    public record Verification(boolean intact, int eventsChecked) {
    }

    @GET
    @Path("purposes")
    @Operation(summary = "Every registered processing purpose: what for, on which basis, which data, how long")
    public List<PurposeView> purposes() {
        Language language = language();
        return overview().purposes().all().stream()
                .sorted(Comparator.comparing(Purpose::controller).thenComparing(Purpose::id))
                .map(p -> new PurposeView(p.controller(), p.id(), p.description(language),
                        p.basis().name().toLowerCase(Locale.ROOT), p.basis().article(),
                        p.legalReference().map(Object::toString).orElse(null),
                        p.dataCategories().stream().sorted().toList(), p.recipients(), p.retention().toString(),
                        p.specialCategory()))
                .toList();
    }

    @GET
    @Path("me/consents")
    @Operation(summary = "My consents: for every purpose that rests on consent, where mine stands and its history")
    public List<OverviewViews.ConsentView> consents() {
        return new OverviewViews(language()).consents(overview().consents(subject()));
    }

    @PUT
    @Path("me/consents/{controller}/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give consent for a purpose; answers with the signed receipt")
    public Response give(@PathParam("controller") String controller, @PathParam("purpose") String purpose, Give body) {
        String notice = body == null || body.noticeVersion() == null || body.noticeVersion().isBlank()
                ? noticeVersion : body.noticeVersion();
        ConsentEvent event = overview().give(subject(), controller, purpose, notice, Channel.WEB, Optional.empty());
        return Response.status(201).entity(recorded(event)).build();
    }

    @DELETE
    @Path("me/consents/{controller}/{purpose}")
    @Operation(summary = "Withdraw consent for a purpose in one request; answers with the signed receipt")
    public Recorded withdraw(@PathParam("controller") String controller, @PathParam("purpose") String purpose) {
        return recorded(overview().withdraw(subject(), controller, purpose, Channel.WEB, Optional.empty()));
    }

    @GET
    @Path("me/receipts/{event}")
    @Produces("application/jwt")
    @Operation(summary = "The signed receipt (JWS) of one of my consent events")
    public String receipt(@PathParam("event") UUID event) {
        return overview().receipt(subject(), event);
    }

    @GET
    @Path("me/processing")
    @Operation(summary = "Who used my data: every processing log entry about me, by agency and purpose, in plain words")
    public List<OverviewViews.AgencyView> processing() {
        return new OverviewViews(language()).uses(overview().uses(subject()));
    }

    @GET
    @Path("me/verification")
    @Operation(summary = "Whether my consent records are as they were written (the hash chain is checked)")
    public Verification verification() {
        ChainVerification checked = overview().verify(subject());
        return new Verification(checked.intact(), checked.eventsChecked());
    }

    @POST
    @Path("me/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase what may be erased about me (consents withdrawn, records and consent-based log entries"
            + " removed); answers with what must be kept and why")
    public OverviewViews.ErasureView erase(String ignoredBody) {
        Retention.ErasureReport report = ConsentWeb.retention(retention).erase(subject(), Channel.WEB, Optional.empty());
        return new OverviewViews(language()).erasure(report, overview().purposes());
    }

    @GET
    @Path("receipts/jwks")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys (JWKS) that verify consent receipts")
    public Response receiptKeys() {
        if (receipts.isUnsatisfied()) {
            throw new IllegalStateException("The application provides no ConsentReceipts bean");
        }
        return Response.ok(receipts.get().publicKeys().toString(), "application/jwk-set+json").build();
    }

    private Recorded recorded(ConsentEvent event) {
        return new Recorded(event.id().toString(), event.type().name().toLowerCase(Locale.ROOT), event.time().toString(),
                overview().receipt(event.subject(), event.id()));
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
