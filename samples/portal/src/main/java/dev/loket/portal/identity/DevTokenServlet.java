package dev.loket.portal.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The development identity provider's token endpoint. A servlet, not a JAX-RS resource: the relying
 * party posts a form from server to server, which the portal's CSRF protection for browser forms
 * would rightly refuse.
 */
@WebServlet("/dev-idp/token")
public class DevTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DevIdentityProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        String clientId = Optional.ofNullable(basicUser(request.getHeader("Authorization")))
                .orElse(request.getParameter("client_id"));
        if (!"authorization_code".equals(request.getParameter("grant_type")) || clientId == null) {
            answer(response, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        Optional<String> idToken = provider.redeem(request.getParameter("code"), clientId,
                request.getParameter("redirect_uri"), request.getParameter("code_verifier"));
        if (idToken.isEmpty()) {
            answer(response, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        answer(response, 200, "{\"token_type\":\"Bearer\",\"expires_in\":300,\"access_token\":\"" + idToken.get()
                + "\",\"id_token\":\"" + idToken.get() + "\"}");
    }

    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void answer(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
