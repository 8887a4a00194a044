package dev.loket.catalogue.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.PublishingRights;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Products in the Loket JSON format ({@code spec/schemas/product.schema.json}). Anyone reads;
 * an agency creates, changes and removes only its own products, authenticated with its API key
 * ({@code Authorization: Bearer <key>}, see {@link AgencyAccounts}). A product is addressed by its
 * id, a URI, in the query ({@code /api/catalogue/product?id=https://...}), because product ids are
 * URIs of their own and slashes do not survive in a path segment.
 */
@Path("api/catalogue")
@Tag(name = "Catalogue products")
@SecurityScheme(securitySchemeName = "agencyApiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The agency's API key; the catalogue keeps only its SHA-256 (loket.catalogue.agency.<id>.api-key-sha256)")
public class ProductsResource {

    static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final int MAX_PAGE = 1000;

    @Inject
    CatalogueStore store;

    @Inject
    AgencyAccounts accounts;

    @Inject
    PublishingRights rights;

    @Context
    HttpHeaders headers;

    private final Clock clock = Clock.systemUTC();

    @GET
    @Path("products")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Products: those of one agency (owner), or a page of all, in id order")
    public Response list(@Parameter(description = "Only this agency's products") @QueryParam("owner") String owner,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @Parameter(description = "At most 1000") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new LoketException(ProblemType.BAD_REQUEST, Message.of(CatalogueProblems.BUNDLE, "catalogue.bad-page", MAX_PAGE));
        }
        List<Product> products = owner == null || owner.isBlank() ? store.list(offset, limit)
                : store.ownedBy(owner.strip()).stream().skip(offset).limit(limit).toList();
        String body = products.stream().map(LoketJson::write).collect(Collectors.joining(",", "{\"products\":[", "]}"));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("product")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One product, by its id")
    @APIResponse(responseCode = "200", description = "The product (Loket JSON)")
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@QueryParam("id") String id) {
        URI productId = productId(id);
        Product product = store.find(productId).orElseThrow(() -> unknown(productId));
        return Response.ok(LoketJson.write(product), MediaType.APPLICATION_JSON_TYPE)
                .lastModified(java.util.Date.from(product.lastModified())).build();
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "agencyApiKey")
    @Operation(summary = "Add a product of the calling agency",
            description = "owner defaults to the calling agency and lastModified to now; an owner of another agency is refused (403), "
                    + "and so is a competent authority, area or id that the calling agency is not registered for")
    @APIResponse(responseCode = "201", description = "Created; Location names the product")
    @APIResponse(responseCode = "400", description = "Not a valid product", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or unknown API key", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The product belongs to another agency, or its authority, area or id is not the caller's (catalogue/not-registered)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A product with this id exists", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(String body) {
        String agency = AgencyAuthentication.require(headers, accounts);
        Product candidate = parse(body, agency);
        rights.check(agency, candidate);
        Product product = store.create(agency, candidate);
        URI location = UriBuilder.fromPath("/api/catalogue/product").queryParam("id", product.id().toString()).build();
        return Response.created(location).entity(LoketJson.write(product)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("product")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "agencyApiKey")
    @Operation(summary = "Replace a product of the calling agency")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "403", description = "The product belongs to another agency, or its authority, area or id is not the caller's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replace(@QueryParam("id") String id, String body) {
        String agency = AgencyAuthentication.require(headers, accounts);
        URI productId = productId(id);
        Product product = parse(body, agency);
        if (!product.id().equals(productId)) {
            throw new LoketException(CatalogueProblems.INVALID_PRODUCT, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.id-mismatch", productId.toString(), product.id().toString()));
        }
        // Another agency's stored product is refused by the store, saying whose it is; only our own or a missing one gets here.
        if (store.find(productId).map(stored -> stored.isOwnedBy(agency)).orElse(true)) {
            rights.check(agency, product);
        }
        return Response.ok(LoketJson.write(store.update(agency, product)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @DELETE
    @Path("product")
    @SecurityRequirement(name = "agencyApiKey")
    @Operation(summary = "Remove a product of the calling agency")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The product belongs to another agency", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@QueryParam("id") String id) {
        String agency = AgencyAuthentication.require(headers, accounts);
        store.delete(agency, productId(id));
        return Response.noContent().build();
    }

    /** The product in the body, with the calling agency as owner and now as modification time where they are left out. */
    private Product parse(String body, String agency) {
        JsonNode json;
        try {
            json = LoketJson.mapper().readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw invalid(e.getOriginalMessage());
        }
        if (!(json instanceof ObjectNode product)) {
            throw invalid("the body is not a JSON object");
        }
        if (!product.hasNonNull("owner")) {
            product.put("owner", agency);
        }
        if (!product.hasNonNull("lastModified")) {
            product.put("lastModified", Instant.now(clock).toString());
        }
        try {
            return LoketJson.readProduct(product.toString());
        } catch (InvalidCatalogueException e) {
            throw invalid(e.getMessage());
        }
    }

    static URI productId(String id) {
        try {
            if (id != null && !id.isBlank()) {
                URI uri = new URI(id.strip());
                if (uri.isAbsolute()) {
                    return uri;
                }
            }
        } catch (URISyntaxException e) {
            // Explained below, like a missing id.
        }
        throw new LoketException(ProblemType.BAD_REQUEST, Message.of(CatalogueProblems.BUNDLE, "catalogue.bad-id", String.valueOf(id)));
    }

    private static LoketException unknown(URI id) {
        return new LoketException(CatalogueProblems.UNKNOWN_PRODUCT, Message.of(CatalogueProblems.BUNDLE, "catalogue.unknown-product", id.toString()));
    }

    private static LoketException invalid(String reason) {
        return new LoketException(CatalogueProblems.INVALID_PRODUCT, Message.of(CatalogueProblems.BUNDLE, "catalogue.invalid-product", reason));
    }
}
