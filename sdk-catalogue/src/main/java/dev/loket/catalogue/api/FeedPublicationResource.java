package dev.loket.catalogue.api;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.feeds.FeedFormat;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** This application's own signed feed and the key to verify it with. */
@Path("api/catalogue/feed")
@Tag(name = "Catalogue feeds and imports")
public class FeedPublicationResource {

    @Inject
    FeedPublication publication;

    @Inject
    CatalogueStore store;

    @GET
    @Produces(FeedsResource.JOSE)
    @Operation(summary = "The publishing agency's products as a signed feed (compact JWS over Loket JSON)")
    public Response feed() {
        String agency = publication.agency().orElseThrow(NoFeed::noFeed);
        byte[] document = LoketJson.write(new CatalogueDocument(store.ownedBy(agency), List.of())).getBytes(StandardCharsets.UTF_8);
        return Response.ok(publication.signer().orElseThrow().sign(document, FeedFormat.LOKET_JSON), FeedsResource.JOSE).build();
    }

    @GET
    @Path("jwks.json")
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public key of the feed (JWKS), for catalogues that take this feed in")
    public Response keys() {
        publication.agency().orElseThrow(NoFeed::noFeed);
        return Response.ok(publication.publicKey().toString(), "application/jwk-set+json").build();
    }

    /** The one problem of this resource: nothing is published here. */
    static final class NoFeed {
        private NoFeed() {
        }

        static LoketException noFeed() {
            return new LoketException(ProblemType.NOT_FOUND, Message.of(dev.loket.catalogue.CatalogueProblems.BUNDLE, "catalogue.no-feed"));
        }
    }
}
