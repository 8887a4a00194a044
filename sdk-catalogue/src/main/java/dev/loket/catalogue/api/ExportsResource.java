package dev.loket.catalogue.api;

import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.LoketJsonWriter;
import dev.loket.catalogue.exchange.jsonld.CpsvApWriter;
import dev.loket.catalogue.exchange.jsonld.JsonLd;
import dev.loket.catalogue.exchange.jsonld.SchemaOrgWriter;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.exchange.sc.ScFeedWriter;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.core.Language;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.function.Consumer;

/**
 * The catalogue in every exchange format, streamed from the store: Samenwerkende Catalogi 4.0
 * XML, CPSV-AP 3.2 JSON-LD, schema.org GovernmentService JSON-LD, and Loket JSON. With
 * {@code owner}, only that agency's products.
 */
@Path("api/catalogue/export")
@Tag(name = "Catalogue exports")
public class ExportsResource {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();
    private final List<LifeEvent> lifeEvents = SampleCatalogue.lifeEvents();

    @Inject
    CatalogueStore store;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("samenwerkende-catalogi")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Samenwerkende Catalogi 4.0 XML (scproducten), valid against the SC XSD")
    public Response samenwerkendeCatalogi(@Parameter(description = "Only this agency's products") @QueryParam("owner") String owner) {
        if (isEmpty(owner)) {
            // SC requires at least one product: an empty catalogue is "nothing here", not an invalid document.
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"products\":0}").build();
        }
        StreamingOutput body = out -> {
            try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(out, ProductLookup.of(store))) {
                products(owner, writer::write);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE).build();
    }

    @GET
    @Path("cpsv-ap")
    @Produces(JsonLd.MEDIA_TYPE)
    @Operation(summary = "CPSV-AP 3.2 JSON-LD: public services, organisations, channels, costs, requirements, life events")
    public Response cpsvAp(@QueryParam("owner") String owner) {
        StreamingOutput body = out -> {
            try (CpsvApWriter writer = JsonLd.cpsvAp(out, lifeEvents)) {
                products(owner, writer::write);
            }
        };
        return Response.ok(body, JsonLd.MEDIA_TYPE).build();
    }

    @GET
    @Path("schema-org")
    @Produces(JsonLd.MEDIA_TYPE)
    @Operation(summary = "schema.org GovernmentService JSON-LD, texts in the requested language")
    public Response schemaOrg(@QueryParam("owner") String owner) {
        Language language = languages.of(headers, uri);
        StreamingOutput body = out -> {
            try (SchemaOrgWriter writer = JsonLd.schemaOrg(out, language)) {
                products(owner, writer::write);
            }
        };
        return Response.ok(body, JsonLd.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    @GET
    @Path("loket")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Loket JSON catalogue document (spec/schemas/product.schema.json, $defs/catalogue)")
    public Response loket(@QueryParam("owner") String owner) {
        StreamingOutput body = out -> {
            try (LoketJsonWriter writer = LoketJson.writer(out)) {
                products(owner, writer::write);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private void products(String owner, Consumer<Product> write) {
        if (owner == null || owner.isBlank()) {
            store.forEach(write);
        } else {
            store.ownedBy(owner.strip()).forEach(write);
        }
    }

    private boolean isEmpty(String owner) {
        return owner == null || owner.isBlank() ? store.count() == 0 : store.ownedBy(owner.strip()).isEmpty();
    }
}
