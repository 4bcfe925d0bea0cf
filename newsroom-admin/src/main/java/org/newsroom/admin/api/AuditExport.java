package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.editorial.audit.AuditFilter;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;

/**
 * {@code GET /admin/api/v1/audit/export?since=…&until=…&actor=…&action=…&article=…}: the
 * audit log as JSON lines ({@code application/x-ndjson}), oldest first, for a log shipper
 * or an auditor's tools. Streamed a page at a time, each page its own short transaction,
 * so an export of millions of entries holds one page in memory and no long transaction.
 * Administrators only: the first page is read before the response starts, so anyone else
 * gets a clean 403 rather than a broken stream.
 */
@Path("audit/export")
@Tag(name = "Staff")
@RequestScoped
public class AuditExport {

    public static final String NDJSON = "application/x-ndjson";

    /** Thread-safe and costly to build: one for the application. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    AuditLog auditLog;

    @GET
    @Produces(NDJSON)
    @Operation(summary = "The audit log as JSON lines, oldest first: administrators only")
    @APIResponse(responseCode = "200", description = "One audit entry per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditView.class)))
    public Response export(
            @Parameter(description = "From: an ISO-8601 instant or a day (from midnight UTC)") @QueryParam("since") String since,
            @Parameter(description = "Until: an ISO-8601 instant or a day (from midnight UTC)") @QueryParam("until") String until,
            @Parameter(description = "User name of who acted") @QueryParam("actor") String actor,
            @Parameter(description = "What was done", schema = @Schema(implementation = AuditAction.class)) @QueryParam("action") String action,
            @Parameter(description = "Story id", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("article") String article) {
        AuditFilter filter;
        try {
            filter = new AuditFilter(instant(since, "since"), instant(until, "until"), blankToNull(actor),
                    action(action), articleId(article));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, e.getMessage());
        }
        List<AuditView> first = auditLog.exportPage(filter, null);
        StreamingOutput lines = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            List<AuditView> page = first;
            while (!page.isEmpty()) {
                for (AuditView entry : page) {
                    out.write(JSON.toJson(entry)); // JSON-B escapes line breaks inside strings: one entry, one line
                    out.write('\n');
                }
                out.flush();
                page = page.size() < AuditLog.EXPORT_PAGE ? List.of() : auditLog.exportPage(filter, page.get(page.size() - 1));
            }
        };
        return Response.ok(lines, NDJSON)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"newsroom-audit.ndjson\"")
                .build();
    }

    /** An ISO-8601 instant ({@code 2026-11-24T08:00:00Z}) or a day ({@code 2026-11-24}, from midnight UTC). */
    static Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + parameter + "' must be an instant such as 2026-11-24T08:00:00Z or a day such as 2026-11-24");
        }
    }

    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'action' must be one of " + Arrays.toString(AuditAction.values()));
        }
    }

    private static Long articleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'article' must be a story id (a number)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
