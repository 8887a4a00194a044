package dev.loket.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchHit;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Language;
import dev.loket.core.Problem;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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

/** Searching the catalogue as JSON: words, filters per facet, facet counts and pages. */
@Path("api/catalogue/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue search")
public class CatalogueSearchApi {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    ProductSearch search;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

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
    @Parameter(name = "q", description = "The words, as typed; empty for everything the filters allow",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_TEXT_LENGTH))
    @Parameter(name = "agency", description = "Keep products of this agency (id); repeatable")
    @Parameter(name = "municipality", description = "Keep products for this municipality (CBS code, GM0344) "
            + "and those of agencies that serve everyone; repeatable")
    @Parameter(name = "lifeEvent", description = "Keep products of this life event (id); repeatable")
    @Parameter(name = "channel", description = "ONLINE, COUNTER, PHONE, POST or CHAT; repeatable")
    @Parameter(name = "audience", description = "CITIZEN or BUSINESS; repeatable")
    @Parameter(name = "payment", description = "IDEAL, PIN, CASH, CREDIT_CARD, INVOICE or FREE; repeatable")
    @Parameter(name = "page", description = "From 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @Parameter(name = "pageSize", description = "1 to 100, default 10",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    @APIResponse(responseCode = "200", description = "A page of hits, best first, and the facet counts")
    @APIResponse(responseCode = "400", description = "A parameter out of range; one entry per parameter in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchView search() {
        Language language = languages.of(headers, uri);
        SearchQuery query = SearchRequests.read(uri.getQueryParameters(), language);
        return view(query, search.search(query));
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
