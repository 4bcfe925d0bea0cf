package org.newsroom.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Root of the staff API; the admin WAR's context adds /admin. The annotations here are the head of its
 * OpenAPI document (at /admin/openapi, see META-INF/microprofile-config.properties): who may call, how,
 * and the one error shape every operation shares ({@link DefaultProblemResponse} names it on each).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Newsroom staff API", version = "1",
                description = "Stories and their workflow, pictures, breaking news, users, API tokens and the audit log, "
                        + "for newsroom tools and automation. Every operation needs a staff sign-in: HTTP Basic with a "
                        + "user name and password, or a personal API token (Authorization: Bearer nrt_…). The services "
                        + "check each caller's roles. Every refusal and failure is an application/problem+json document."),
        security = {@SecurityRequirement(name = StaffApi.BASIC), @SecurityRequirement(name = StaffApi.TOKEN)},
        components = @Components(responses = @APIResponse(name = "Problem",
                description = "Refused or failed: the problem, in words (never the server's insides)",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))))
@SecurityScheme(securitySchemeName = StaffApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff user name and password; only over TLS in production")
@SecurityScheme(securitySchemeName = StaffApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "nrt_…", description = "A personal API token, made at POST /tokens or in the console")
public class StaffApi extends Application {

    static final String BASIC = "basic";
    static final String TOKEN = "token";
    /** What every write that guards against lost updates says about If-Match. */
    public static final String IF_MATCH = "The ETag of what you edited, as the GET answered it: a stale one is refused "
            + "with 412, a missing one with 428";
}
