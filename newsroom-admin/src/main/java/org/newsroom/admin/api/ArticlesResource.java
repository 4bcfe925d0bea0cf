package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleKey;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.listing.ArticleRow;
import org.newsroom.editorial.lease.LeaseView;
import org.newsroom.editorial.revision.RevisionDiff;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.DetailsView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.CommentView;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.editorial.workflow.SectionChoice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.article.ArticleStatus;

/** Stories: list, create, read, update (If-Match), details, lead picture, transitions, revisions, leases and their audit trail. */
@Path("articles")
@Tag(name = "Stories", description = "Stories through their workflow: text, details, transitions, comments, revisions, leases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditLeases leases;

    @EJB
    AuditLog auditLog;

    @EJB
    ArticleImages images;

    @EJB
    ArticleListing listing;

    @Context
    UriInfo uri;

    /** One line of the list: what the console's table shows, never the body. */
    public record StoryLine(long id, String edition, String status, String headline, String section, String writer,
                            String desk, Instant createdAt, Instant updatedAt, Instant publishAt, Instant publishedAt) {

        static StoryLine of(ArticleRow row) {
            return new StoryLine(row.id(), row.edition().code(), row.status().name(), row.headline(), row.sectionName(),
                    row.createdBy(), row.desk(), row.createdAt(), row.updatedAt(), row.publishAt(), row.publishedAt());
        }
    }

    /** A page of the list and where the next one starts (null on the last page). */
    public record StoryPage(List<StoryLine> items, String next) {
    }

    /**
     * Stories newest first with the console list's filters, paged by key: {@code next} (also the {@code Link}
     * header, rel="next") is the address of the following page; its {@code after} is opaque.
     */
    @GET
    @Operation(summary = "List and find stories, newest first, paged by key")
    @APIResponse(responseCode = "200", description = "A page of stories",
            headers = @Header(name = "Link", description = "rel=\"next\": the following page, when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StoryPage.class)))
    public Response list(
            @Parameter(description = "Edition code", schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
            @QueryParam("edition") String edition,
            @Parameter(description = "Section id (a top-level section includes its subsections)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @QueryParam("section") String section,
            @Parameter(description = "Workflow states; repeat the parameter or separate with commas",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleStatus.class))
            @QueryParam("status") List<String> statuses,
            @Parameter(description = "Desk the story is assigned to") @QueryParam("desk") String desk,
            @Parameter(description = "User name of the writer") @QueryParam("writer") String writer,
            @Parameter(description = "Words in the headline") @QueryParam("text") String text,
            @Parameter(description = "Created at or after: a date (2026-12-01, UTC) or an ISO-8601 time")
            @QueryParam("from") String from,
            @Parameter(description = "Created at or before: a date (through its end, UTC) or an ISO-8601 time")
            @QueryParam("to") String to,
            @Parameter(description = "Stories per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + StoryListQuery.MAX_LIMIT, defaultValue = "" + StoryListQuery.DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: copied from the previous page's next link, never made up")
            @QueryParam("after") String after) {
        ArticleFilter filter = StoryListQuery.filter(edition, section, statuses, desk, writer, text, from, to);
        int size = StoryListQuery.limit(limit);
        // One row more than asked says whether there is a next page, without counting the archive.
        List<ArticleRow> rows = listing.newestAfter(filter, StoryListQuery.after(after), size + 1);
        List<StoryLine> items = rows.stream().limit(size).map(StoryLine::of).toList();
        if (rows.size() <= size) {
            return Response.ok(new StoryPage(items, null)).build();
        }
        String next = uri.getRequestUriBuilder().replaceQueryParam("after",
                StoryListQuery.encode(ArticleKey.of(rows.get(size - 1)))).build().toString();
        return Response.ok(new StoryPage(items, next)).header("Link", "<" + next + ">; rel=\"next\"").build();
    }

    @POST
    @Operation(summary = "Create a story (a draft)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response create(NewArticle input) {
        ArticleView created = workflow.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Versions.tag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a story; the ETag is the version a write quotes in If-Match")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response read(@PathParam("id") long id) {
        return withTag(workflow.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the headline, summary and body of the version quoted in If-Match")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response update(@PathParam("id") long id, @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ArticleText text) {
        return withTag(workflow.save(id, Versions.required(ifMatch), text));
    }

    /** Slug, section, regions, tags, coverages, authors, source, related stories, video address. */
    @GET
    @Path("{id}/details")
    @Operation(summary = "Read the story's details; the ETag is the version a change quotes")
    @APIResponse(responseCode = "200", description = "The details", content = @Content(schema = @Schema(implementation = DetailsView.class)))
    public Response details(@PathParam("id") long id) {
        DetailsView details = workflow.details(id);
        return Response.ok(details).tag(Versions.tag(details.version())).build();
    }

    /** Replaces the details; {@code newTags} are names, found or created in the story's edition. */
    @PUT
    @Path("{id}/details")
    @Operation(summary = "Replace the story's details, quoting their version in If-Match")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag", content = @Content(schema = @Schema(implementation = DetailsView.class)))
    public Response describe(@PathParam("id") long id, @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ArticleDetails details) {
        DetailsView described = workflow.describe(id, Versions.required(ifMatch), details);
        return Response.ok(described).tag(Versions.tag(described.version())).build();
    }

    /**
     * The lead picture, which teasers, the article page, the API and the feeds show; on a published
     * story the reader site changes with it at once.
     */
    @PUT
    @Path("{id}/lead")
    @Operation(summary = "Choose the story's lead picture (a described library picture) or none, quoting its version in If-Match")
    @APIResponse(responseCode = "200", description = "Chosen; the new ETag", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response lead(@PathParam("id") long id, @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LeadPicture lead) {
        return withTag(images.setLead(id, Versions.required(ifMatch), lead == null ? null : lead.mediaId()));
    }

    @GET
    @Path("sections")
    @Operation(summary = "The sections a story of an edition can be filed in")
    public List<SectionChoice> sections(
            @Parameter(description = "Edition code", required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
            @QueryParam("edition") String edition) {
        return workflow.sections(edition);
    }

    @GET
    @Path("review-queue")
    @Operation(summary = "Stories waiting for review, optionally of one desk")
    public List<ArticleView> reviewQueue(@Parameter(description = "Desk name") @QueryParam("desk") String desk) {
        return workflow.reviewQueue(desk);
    }

    /** submit, reopen, request-changes, approve, schedule, reschedule, cancel-schedule, embargo, publish, unpublish, correct, archive, assign. */
    @POST
    @Path("{id}/transitions/{name}")
    @Operation(summary = "Move the story through its workflow, quoting its version in If-Match",
            description = "The body carries what a transition needs: request-changes a comment; schedule publishAt "
                    + "(and unpublishAt); reschedule publishAt; embargo embargoUntil; correct body and note; "
                    + "assign desk and assignee. The others need no body.")
    @APIResponse(responseCode = "200", description = "Moved; the new ETag", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response transition(@PathParam("id") long id,
                               @Parameter(description = "The transition", schema = @Schema(type = SchemaType.STRING, enumeration = {"submit", "reopen",
                                       "request-changes", "approve", "schedule", "reschedule", "cancel-schedule", "embargo",
                                       "publish", "unpublish", "correct", "archive", "assign"}))
                               @PathParam("name") String name,
                               @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @RequestBody(required = false) TransitionRequest request) {
        long version = Versions.required(ifMatch);
        TransitionRequest r = request == null ? TransitionRequest.NONE : request;
        ArticleView result = switch (name) {
            case "submit" -> workflow.submit(id, version);
            case "reopen" -> workflow.reopen(id, version);
            case "request-changes" -> workflow.requestChanges(id, version, r.comment());
            case "approve" -> workflow.approve(id, version);
            case "schedule" -> workflow.schedule(id, version, r.publishAt(), r.unpublishAt());
            case "reschedule" -> workflow.reschedule(id, version, r.publishAt());
            case "cancel-schedule" -> workflow.cancelSchedule(id, version);
            case "embargo" -> workflow.embargo(id, version, r.embargoUntil());
            case "publish" -> workflow.publishNow(id, version);
            case "unpublish" -> workflow.unpublish(id, version);
            case "correct" -> workflow.correct(id, version, r.body(), r.note());
            case "archive" -> workflow.archive(id, version);
            case "assign" -> workflow.assign(id, version, r.desk(), r.assignee());
            default -> throw new ProblemException(Response.Status.NOT_FOUND, "There is no transition " + name);
        };
        return withTag(result);
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The story's comments, oldest first")
    public List<CommentView> comments(@PathParam("id") long id) {
        return workflow.comments(id);
    }

    public record NewComment(String text) {
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on the story")
    @APIResponse(responseCode = "201", description = "The comment", content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") long id, NewComment comment) {
        return Response.status(Response.Status.CREATED).entity(workflow.comment(id, comment == null ? null : comment.text())).build();
    }

    public record NewTranslation(String edition, long sectionId) {
    }

    @POST
    @Path("{id}/translations")
    @Operation(summary = "Start a translation of the story in another edition")
    @APIResponse(responseCode = "201", description = "The new story; Location names it",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response translate(@PathParam("id") long id, NewTranslation request) {
        if (request == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Say which edition and section");
        }
        ArticleView created = workflow.translate(id, request.edition(), request.sectionId());
        return Response.created(uri.getBaseUriBuilder().path("articles").path(Long.toString(created.id())).build())
                .tag(Versions.tag(created)).entity(created).build();
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The story's saved revisions")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return workflow.revisions(id);
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed between two revisions")
    public RevisionDiff diff(@PathParam("id") long id,
                             @Parameter(description = "Revision number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                             @QueryParam("from") int from,
                             @Parameter(description = "Revision number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                             @QueryParam("to") int to) {
        return workflow.diff(id, from, to);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Operation(summary = "Restore a revision's text as a new save, quoting the story's version in If-Match")
    @APIResponse(responseCode = "200", description = "Restored; the new ETag", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
                            @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(workflow.restore(id, Versions.required(ifMatch), number));
    }

    @GET
    @Path("{id}/lease")
    @Operation(summary = "Who is editing the story now")
    @APIResponse(responseCode = "200", description = "The current lease", content = @Content(schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "204", description = "Nobody is editing it")
    public Response lease(@PathParam("id") long id) {
        return leases.current(id).map(l -> Response.ok(l).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("{id}/lease")
    @Operation(summary = "Start editing: take the lease")
    public LeaseView acquire(@PathParam("id") long id) {
        return leases.acquire(id);
    }

    /** Heartbeat: renews the lease and carries the unsaved text. */
    @PUT
    @Path("{id}/lease")
    @Operation(summary = "Keep the lease, carrying the unsaved text")
    public LeaseView heartbeat(@PathParam("id") long id, @RequestBody(required = false) ArticleText unsaved) {
        return unsaved == null ? leases.heartbeat(id, null, null, null)
                : leases.heartbeat(id, unsaved.headline(), unsaved.summary(), unsaved.body());
    }

    @DELETE
    @Path("{id}/lease")
    @Operation(summary = "Stop editing: give the lease back")
    @APIResponse(responseCode = "204", description = "Released")
    public Response release(@PathParam("id") long id) {
        leases.release(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/lease/takeover")
    @Operation(summary = "Take the lease over from a colleague")
    public LeaseView takeOver(@PathParam("id") long id) {
        return leases.takeOver(id);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "The story's audit trail")
    public List<AuditView> audit(@PathParam("id") long id) {
        return auditLog.ofArticle(id);
    }

    private static Response withTag(ArticleView article) {
        return Response.ok(article).tag(Versions.tag(article)).build();
    }
}
