package org.oretrace.app.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** The REST API; every module's resources live under /api. The description is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Oretrace API", version = "1",
                description = "Conflict-minerals compliance: registry, outreach, intake and filing. "
                        + "Authenticate with a personal API token (create one on your profile page) "
                        + "sent as 'Authorization: Bearer <token>'. VIEWER may read, COMPLIANCE may change, "
                        + "ADMIN may also administer.",
                license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")),
        security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class OretraceApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey (Payara's JAX-RS) enforces @RolesAllowed on resources only with this feature
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
                        + "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
