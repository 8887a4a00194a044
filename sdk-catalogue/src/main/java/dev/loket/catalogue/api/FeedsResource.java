package dev.loket.catalogue.api;

import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.feeds.FeedImporter;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.PublishingRights;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Other agencies' catalogues coming in: a signed feed (trusted by its signature), or an agency's
 * own Samenwerkende Catalogi or Loket JSON document (trusted by its API key). Either replaces the
 * agency's products in one transaction and reports the records it did not take.
 */
@Path("api/catalogue")
@Tag(name = "Catalogue feeds and imports")
public class FeedsResource {

    /** The media type of a compact JWS (RFC 7515). */
    static final String JOSE = "application/jose";

    @Inject
    FeedImporter feeds;

    @Inject
    CatalogueStore store;

    @Inject
    AgencyAccounts accounts;

    @Inject
    PublishingRights rights;

    @Context
    HttpHeaders headers;

    @POST
    @Path("feeds")
    @Consumes({JOSE, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in a signed feed of an agency",
            description = "A compact JWS (typ loket-catalogue-feed+jws, iss the agency, cty application/json or application/xml) "
                    + "verified with the keys at the agency's JWKS URL. With an API key, the feed must be the calling agency's. "
                    + "A feed with another agency's product is refused as a whole.")
    @APIResponse(responseCode = "200", description = "Imported; what was taken, removed and rejected")
    @APIResponse(responseCode = "409", description = "Expired, or not newer than the last feed taken from its publisher (catalogue/stale-feed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Signature, signer, owner or document refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No keys configured for the signing agency, or a product it may not publish (catalogue/not-registered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReportView feed(String jws) {
        return ImportReportView.of(feeds.importFeed(jws == null ? "" : jws, AgencyAuthentication.optional(headers, accounts)));
    }

    @POST
    @Path("imports")
    @Consumes({MediaType.APPLICATION_XML, "text/xml", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "agencyApiKey")
    @Operation(summary = "Replace the calling agency's products with a Samenwerkende Catalogi 4.0 or Loket JSON document",
            description = "Records of other agencies, or that the model refuses, are rejected with their reason; the rest replace the agency's catalogue in one transaction. "
                    + "A product of the agency whose competent authority, area or id it is not registered for refuses the whole document (403 catalogue/not-registered).")
    @APIResponse(responseCode = "200", description = "Imported; what was taken, removed and rejected")
    @APIResponse(responseCode = "400", description = "Not a readable document; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or unknown API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A product whose authority, area or id the agency is not registered for; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReportView importDocument(InputStream body) {
        String agency = AgencyAuthentication.require(headers, accounts);
        boolean json = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        try (ProductImport replacement = store.startImport(ImportScope.of(agency))) {
            ProductSink checked = rights.checking(agency, replacement);
            if (json) {
                LoketJson.read(body, checked);
            } else {
                SamenwerkendeCatalogi.read(body, directoryFor(agency), checked);
            }
            return ImportReportView.of(replacement.commit());
        } catch (InvalidCatalogueException e) {
            throw new LoketException(CatalogueProblems.INVALID_PRODUCT, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.invalid-document", e.getMessage()), List.of(), e);
        }
    }

    /** The configured agencies and the agency's own, as its products name them, to recognise it in SC. */
    private AgencyDirectory directoryFor(String agency) {
        List<Product> own = store.ownedBy(agency);
        List<dev.loket.catalogue.Agency> agencies = new ArrayList<>(accounts.agencies());
        own.stream().map(Product::competentAuthority).forEach(agencies::add);
        return AgencyDirectory.of(agencies, own.stream().map(Product::spatialScope).toList());
    }
}
