package dev.loket.catalogue.web;

import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.eligibility.AnswerMemory;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.eligibility.PersonFacts;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.core.web.Page;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as web pages, one face for every agency's services: search (a GET form with
 * facets, usable without JavaScript), a product page with its schema.org description, life events
 * worked out for the person's municipality, and "wat kan ik krijgen?" (a form of facts, posted so
 * the facts never end up in an address, a history or a log; nothing is stored).
 */
@Path("catalogue")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Catalogue pages")
public class CataloguePages {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();
    private final MostUsedServices mostUsed = MostUsedServices.fromConfig();

    @Inject
    ProductSearch search;

    @Inject
    CatalogueStore store;

    @Inject
    LifeEventGuide guide;

    @Inject
    Eligibility eligibility;

    /** The embedding application's, when it keeps answers with consent; none keeps nothing. */
    @Inject
    Instance<AnswerMemory> memories;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Search the catalogue, with facets as filters (HTML)")
    public Response searchPage() {
        Language language = language();
        SearchQuery query;
        try {
            query = SearchRequests.read(uri.getQueryParameters(), language);
        } catch (LoketException e) {
            String q = Optional.ofNullable(uri.getQueryParameters().getFirst("q")).orElse("");
            return Response.status(400).entity(SearchPage.withErrors(e.fieldErrors(), q, language)).build();
        }
        SearchResult result = search.search(query);
        boolean searched = SearchPage.searched(query);
        List<SearchPage.Shortcut> services = searched ? List.of() : mostUsed.shortcuts(search, base(), language);
        List<LifeEvent> events = searched
                ? result.lifeEvents().stream().flatMap(e -> guide.event(e.key()).stream()).toList()
                : guide.events();
        String municipality = query.filter(Facet.MUNICIPALITY).size() == 1
                ? "?municipality=" + SearchPage.encode(query.filter(Facet.MUNICIPALITY).iterator().next()) : "";
        List<SearchPage.Shortcut> lifeEvents = events.stream().map(e -> new SearchPage.Shortcut(e.name().in(language),
                e.description().in(language), base() + "/catalogue/life-events/" + e.id() + municipality)).toList();
        return Response.ok(SearchPage.of(base(), query, result, language, services, lifeEvents)).build();
    }

    @GET
    @Path("product")
    @Operation(summary = "A product's page: what it is, how to get it and pay for it, conditions; with schema.org JSON-LD (HTML)")
    public Page product(@QueryParam("id") String id) {
        Language language = language();
        Product product = parse(id).flatMap(store::find).orElseThrow(() -> new LoketException(
                CatalogueProblems.UNKNOWN_PRODUCT,
                Message.of(CatalogueProblems.BUNDLE, "catalogue.unknown-product", id == null ? "" : id)));
        return ProductPage.of(product, language, guide, ProductLookup.of(store), base());
    }

    @GET
    @Path("life-events")
    @Operation(summary = "The life events: what to do when something happens in your life (HTML)")
    public Page lifeEvents() {
        Language language = language();
        List<LifeEventsApi.EventSummary> events = guide.events().stream()
                .map(e -> LifeEventsApi.summary(e, language)).toList();
        return Page.of("catalogue/life-events").with("events", events);
    }

    @GET
    @Path("life-events/{id}")
    @Operation(summary = "A life event worked out for a municipality: the steps in order, with every service, "
            + "its channels and how to pay (HTML)")
    public Response lifeEvent(@PathParam("id") String id, @QueryParam("municipality") String municipality) {
        Language language = language();
        LifeEvent event = guide.event(id).orElseThrow(() -> new LoketException(LifeEventGuide.UNKNOWN_LIFE_EVENT,
                Message.of(dev.loket.catalogue.search.SearchDocuments.BUNDLE, "lifeEvent.unknown", id)));
        boolean wrongMunicipality = false;
        Optional<String> chosen;
        try {
            chosen = LifeEventsApi.municipality(municipality);
        } catch (LoketException e) {
            wrongMunicipality = true;
            chosen = Optional.empty();
        }
        LifeEventsApi.PlanView plan = LifeEventsApi.view(guide.plan(event.id(), chosen), language);
        Page page = Page.of("catalogue/life-event").with("plan", plan)
                .with("municipalities", municipalities(language, chosen))
                .with("municipalityName", chosen.map(c -> municipalityName(c, language)).orElse(""))
                .with("wrongMunicipality", wrongMunicipality)
                .with("errors", wrongMunicipality ? List.of(new SearchPage.ErrorLink("municipality",
                        Message.of(dev.loket.catalogue.search.SearchDocuments.BUNDLE, "eligibility.fact.municipality")
                                .in(language))) : List.of());
        return Response.status(wrongMunicipality ? 400 : 200).entity(page).build();
    }

    @GET
    @Path("eligibility")
    @Operation(summary = "What may I get? A form of facts; a signed-in person who asked to keep their "
            + "answers (consent) gets them filled in, with the answer (HTML)")
    public Response eligibilityForm() {
        Language language = language();
        AnswerMemory memory = memory();
        Optional<String> subject = memory.subject(request);
        Optional<Map<String, String>> kept = subject.flatMap(memory::recall);
        if (kept.isEmpty()) {
            return Response.ok(EligibilityPage.form(eligibility, Map.of(), List.of(), language,
                    municipalities(language, Optional.empty()), keeping(memory, subject, language))).build();
        }
        return answer(kept.get(), language, EligibilityPage.Keeping.kept(false));
    }

    @POST
    @Path("eligibility")
    @Operation(summary = "What may I get? The services likely, unknown and not for you, with reasons; "
            + "nothing is stored unless a signed-in person asks to keep the answers, which gives consent (HTML)")
    public Response eligibilityResult() {
        Language language = language();
        Map<String, String> answers = new HashMap<>();
        eligibility.facts().all().forEach(f -> {
            String value = request.getParameter(f.name());
            if (value != null && !value.isBlank()) {
                answers.put(f.name(), value);
            }
        });
        AnswerMemory memory = memory();
        Optional<String> subject = memory.subject(request);
        boolean remember = "yes".equals(request.getParameter("remember"));
        try {
            // Checked first: answers that are wrong are never kept, and earlier kept ones stay.
            eligibility.facts().read(answers);
        } catch (LoketException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            return Response.status(400).entity(EligibilityPage.form(eligibility, answers, e.fieldErrors(), language,
                    municipalities(language, Optional.ofNullable(answers.get("municipality"))),
                    keeping(memory, subject, language))).build();
        }
        boolean kept = subject.isPresent() && (remember || memory.consented(subject.get()))
                && memory.keep(subject.get(), answers, remember);
        return answer(answers, language, kept ? EligibilityPage.Keeping.kept(true) : keeping(memory, subject, language));
    }

    @POST
    @Path("eligibility/forget")
    @Operation(summary = "Deletes the signed-in person's kept answers and withdraws their consent in one step (HTML)")
    public Response forgetAnswers() {
        Language language = language();
        AnswerMemory memory = memory();
        Optional<String> subject = memory.subject(request);
        subject.ifPresent(memory::forget);
        EligibilityPage.Keeping keeping = subject.isPresent() ? EligibilityPage.Keeping.FORGOTTEN
                : keeping(memory, subject, language);
        return Response.ok(EligibilityPage.form(eligibility, Map.of(), List.of(), language,
                municipalities(language, Optional.empty()), keeping)).build();
    }

    /** The answer to valid answers; answers kept earlier that no longer read (the questions changed) show as errors. */
    private Response answer(Map<String, String> answers, Language language, EligibilityPage.Keeping keeping) {
        List<EligibilityPage.Choice> places = municipalities(language, Optional.ofNullable(answers.get("municipality")));
        try {
            PersonFacts facts = eligibility.facts().read(answers);
            return Response.ok(EligibilityPage.result(eligibility, answers, eligibility.check(facts), language, places,
                    keeping)).build();
        } catch (LoketException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            return Response.ok(EligibilityPage.form(eligibility, answers, e.fieldErrors(), language, places, keeping))
                    .build();
        }
    }

    /** What the page says about keeping answers, before anything is kept on this request. */
    private EligibilityPage.Keeping keeping(AnswerMemory memory, Optional<String> subject, Language language) {
        if (subject.isEmpty()) {
            return EligibilityPage.Keeping.NONE;
        }
        if (memory.consented(subject.get())) {
            return EligibilityPage.Keeping.kept(false);
        }
        return memory.notice(language).map(EligibilityPage.Keeping::offer).orElse(EligibilityPage.Keeping.NONE);
    }

    private AnswerMemory memory() {
        return memories.isResolvable() ? memories.get() : AnswerMemory.none();
    }

    private List<EligibilityPage.Choice> municipalities(Language language, Optional<String> chosen) {
        return search.values(Facet.MUNICIPALITY, language).stream()
                .map(v -> new EligibilityPage.Choice(v.key(), v.label(language), chosen.map(v.key()::equals).orElse(false)))
                .toList();
    }

    private String municipalityName(String code, Language language) {
        return search.values(Facet.MUNICIPALITY, language).stream().filter(v -> v.key().equals(code))
                .map(FacetValue::nl).findFirst().orElse(code);
    }

    private static Optional<URI> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 2000) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(id);
            return parsed.isAbsolute() ? Optional.of(parsed) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private Language language() {
        return languages.of(headers, uri);
    }

    private String base() {
        String path = uri.getBaseUri().getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
