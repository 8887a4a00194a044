package dev.loket.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchHit;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.Problem;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Searching the catalogue as JSON: words, filters per facet, facet counts and pages. One instance
 * for the application, so that answers are kept across requests ({@link SearchAnswers}, sized by
 * {@code loket.catalogue.search.cache-kib}); answers may be cached for a second by anyone
 * ({@code Cache-Control}), the index changes at most that often, and carry an ETag.
 */
@ApplicationScoped
@Path("api/catalogue/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue search")
public class CatalogueSearchApi {

    private static final Logger LOG = Logger.getLogger(CatalogueSearchApi.class.getName());

    /** Values per facet in an answer unless {@code facetValues} says otherwise: what a filter list shows first. */
    static final int DEFAULT_FACET_VALUES = 10;
    static final String CACHE_CONTROL = "public, max-age=1";
    /** The language of an answer follows these (and {@code lang}, which is in the address). */
    static final String VARY = "Accept-Language, Cookie";

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();
    private final SearchAnswers answers = new SearchAnswers(1024L * ConfigProvider.getConfig()
            .getOptionalValue("loket.catalogue.search.cache-kib", Long.class).orElse(16_384L));

    @Inject
    ProductSearch search;

    /** A page of results. */
    public record SearchView(String q, long total, int page, int pageSize, long pages, List<HitView> hits,
                             Map<String, List<FacetCount>> facets) {
    }

    /** One product found. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HitView(String id, String name, String summary, String upl, String agency,
                          String municipality) {
    }

    @GET
    @Operation(summary = "Search products and services: Dutch and English words, synonyms and typos, "
            + "filters per facet (a facet's values are alternatives, facets combine), counts per facet value")
    @APIResponse(responseCode = "200", description = "A page of hits, best first, and the facet counts; "
            + "cacheable for a second, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter out of range; one entry per parameter in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // The query parameters are declared for the OpenAPI document only (as Strings, so that JAX-RS never
    // refuses a value itself): SearchRequests reads them all from the address, checks them and answers
    // 400 with one entry per wrong parameter.
    @SuppressWarnings("unused")
    public Response search(@Context HttpHeaders headers, @Context UriInfo uri,
            @Parameter(description = "The words, as typed; empty for everything the filters allow",
                    schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_TEXT_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Keep products of this agency (id); repeatable") @QueryParam("agency") List<String> agency,
            @Parameter(description = "Keep products for this municipality (CBS code, GM0344) "
                    + "and those of agencies that serve everyone; repeatable")
            @QueryParam("municipality") List<String> municipality,
            @Parameter(description = "Keep products of this life event (id); repeatable") @QueryParam("lifeEvent") List<String> lifeEvent,
            @Parameter(description = "ONLINE, COUNTER, PHONE, POST or CHAT; repeatable") @QueryParam("channel") List<String> channel,
            @Parameter(description = "CITIZEN or BUSINESS; repeatable") @QueryParam("audience") List<String> audience,
            @Parameter(description = "IDEAL, PIN, CASH, CREDIT_CARD, INVOICE or FREE; repeatable")
            @QueryParam("payment") List<String> payment,
            @Parameter(description = "From 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("pageSize") String pageSize,
            @Parameter(description = "Values per facet, most frequent first (selected ones always), 1 to 100, default 10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("facetValues") String facetValues) {
        Language language = languages.of(headers, uri);
        SearchQuery query = SearchRequests.read(uri.getQueryParameters(), language, DEFAULT_FACET_VALUES);
        SearchAnswers.Answer answer = answers.answer(search, query, asked -> json(view(asked, search.search(asked))));
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, answer.etag())
                ? Response.notModified()
                : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY)
                .build();
    }

    @PreDestroy
    void logHitRate() {
        LOG.info(answers::summary);
    }

    /** Whether If-None-Match names this ETag (or is {@code *}); weak tags compare by their value. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The answer as bytes, once: kept answers are sent as they are, without rendering again. */
    static byte[] json(SearchView view) {
        try {
            return Json.mapper().writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A search answer could not be written as JSON", e);
        }
    }

    static SearchView view(SearchQuery query, SearchResult result) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), result.facets().getOrDefault(facet, List.of()));
        }
        List<HitView> hits = result.hits().stream().map(CatalogueSearchApi::hit).toList();
        return new SearchView(query.text(), result.total(), result.page(), result.pageSize(), result.pages(), hits, facets);
    }

    private static HitView hit(SearchHit hit) {
        return new HitView(hit.productId(), hit.name(), hit.summary(), hit.uplName().orElse(null), hit.agency(),
                hit.municipality().orElse(null));
    }
}
