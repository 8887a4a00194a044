package dev.loket.portal.identity;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Arrays;

/**
 * The pages and documents of the development identity provider: discovery, keys, the simulator
 * page where a developer picks a test person and a DigiD level, and logout. The token endpoint is
 * {@link DevTokenServlet}. Everything answers 404 unless the provider is on.
 */
@Path("dev-idp")
public class DevProviderResource {

    @Inject
    DevIdentityProvider provider;

    @Context
    UriInfo uri;

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Development identity provider: discovery (off in production)")
    public String discovery() {
        return on().discovery();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Development identity provider: its public key")
    public String jwks() {
        return on().jwks();
    }

    @GET
    @Path("authorize")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Development identity provider: the simulator page")
    public Page authorize(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                          @QueryParam("state") String state, @QueryParam("nonce") String nonce,
                          @QueryParam("code_challenge") String challenge, @QueryParam("code_challenge_method") String method,
                          @QueryParam("acr_values") String acrValues) {
        DevIdentityProvider idp = on();
        checkRequest(idp, clientId, redirectUri, nonce, challenge);
        if (!"S256".equals(method)) {
            throw badRequest();
        }
        return Page.of("portal/identity/simulator")
                .with("persons", idp.persons())
                .with("levels", Arrays.asList(DevIdentityProvider.DigidLevel.values()))
                .with("chosenLevel", DevIdentityProvider.DigidLevel.requested(acrValues).name())
                .with("redirectUri", redirectUri).with("state", state == null ? "" : state)
                .with("nonce", nonce).with("challenge", challenge);
    }

    @POST
    @Path("authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chosen(@FormParam("bsn") String bsn, @FormParam("level") String level,
                           @FormParam("redirect_uri") String redirectUri, @FormParam("state") String state,
                           @FormParam("nonce") String nonce, @FormParam("code_challenge") String challenge) {
        DevIdentityProvider idp = on();
        checkRequest(idp, idp.clientId(), redirectUri, nonce, challenge);
        DevIdentityProvider.DigidLevel digid;
        try {
            digid = DevIdentityProvider.DigidLevel.valueOf(level == null ? "" : level);
        } catch (IllegalArgumentException e) {
            throw badRequest();
        }
        if (bsn == null || idp.person(bsn).isEmpty()) {
            throw badRequest();
        }
        String code = idp.issueCode(bsn, digid, redirectUri, nonce, challenge);
        return Response.seeOther(UriBuilder.fromUri(redirectUri).queryParam("code", code).queryParam("state", state).build()).build();
    }

    @GET
    @Path("logout")
    public Response logout(@QueryParam("post_logout_redirect_uri") String afterwards) {
        on();
        URI target = afterwards != null && isOwn(afterwards) ? URI.create(afterwards) : uri.getBaseUri();
        return Response.seeOther(target).build();
    }

    private void checkRequest(DevIdentityProvider idp, String clientId, String redirectUri, String nonce, String challenge) {
        if (!idp.clientId().equals(clientId) || redirectUri == null || !isOwn(redirectUri)
                || nonce == null || nonce.isBlank() || challenge == null || challenge.isBlank()) {
            throw badRequest();
        }
    }

    /** Only back to this portal: the simulator must not hand codes to another site. */
    private boolean isOwn(String address) {
        URI self = uri.getBaseUri();
        try {
            URI target = URI.create(address);
            return self.getScheme().equals(target.getScheme()) && self.getRawAuthority().equals(target.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private DevIdentityProvider on() {
        if (!provider.enabled()) {
            throw new LoketException(ProblemType.NOT_FOUND, Message.of(Message.CORE_BUNDLE, "problem.not-found.detail"));
        }
        return provider;
    }

    private static LoketException badRequest() {
        return new LoketException(ProblemType.BAD_REQUEST, Message.of(Message.CORE_BUNDLE, "problem.bad-request.detail"));
    }
}
