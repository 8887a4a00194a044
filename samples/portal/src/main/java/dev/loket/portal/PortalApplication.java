package dev.loket.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The portal: pages and APIs at the root of the server. Resources and providers of the Loket
 * modules (error pages, security headers, CSRF protection, assets) are found by scanning.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(
        title = "Loket portal",
        version = "0.1.0",
        description = "The sample portal of Loket. Every error is an RFC 9457 problem (application/problem+json) "
                + "with a stable type URI; texts follow Accept-Language (nl, en).",
        license = @License(name = "EUPL-1.2", url = "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
public class PortalApplication extends Application {
}
