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

/** Stories: list, create, read, update (If-Match), transitions, revisions, leases and their audit trail. */
@Path("articles")
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
    public Response list(@QueryParam("edition") String edition, @QueryParam("section") String section,
                         @QueryParam("status") List<String> statuses, @QueryParam("desk") String desk,
                         @QueryParam("writer") String writer, @QueryParam("text") String text,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") String limit, @QueryParam("after") String after) {
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
    public Response create(NewArticle input) {
        ArticleView created = workflow.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Versions.tag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return withTag(workflow.get(id));
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ArticleText text) {
        return withTag(workflow.save(id, Versions.required(ifMatch), text));
    }

    /** Slug, section, regions, tags, coverages, authors, source, related stories, video address. */
    @GET
    @Path("{id}/details")
    public Response details(@PathParam("id") long id) {
        DetailsView details = workflow.details(id);
        return Response.ok(details).tag(Versions.tag(details.version())).build();
    }

    /** Replaces the details; {@code newTags} are names, found or created in the story's edition. */
    @PUT
    @Path("{id}/details")
    public Response describe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ArticleDetails details) {
        DetailsView described = workflow.describe(id, Versions.required(ifMatch), details);
        return Response.ok(described).tag(Versions.tag(described.version())).build();
    }

    @GET
    @Path("sections")
    public List<SectionChoice> sections(@QueryParam("edition") String edition) {
        return workflow.sections(edition);
    }

    @GET
    @Path("review-queue")
    public List<ArticleView> reviewQueue(@QueryParam("desk") String desk) {
        return workflow.reviewQueue(desk);
    }

    /** submit, reopen, request-changes, approve, schedule, reschedule, cancel-schedule, embargo, publish, unpublish, correct, archive, assign. */
    @POST
    @Path("{id}/transitions/{name}")
    public Response transition(@PathParam("id") long id, @PathParam("name") String name,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionRequest request) {
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
    public List<CommentView> comments(@PathParam("id") long id) {
        return workflow.comments(id);
    }

    public record NewComment(String text) {
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, NewComment comment) {
        return Response.status(Response.Status.CREATED).entity(workflow.comment(id, comment == null ? null : comment.text())).build();
    }

    public record NewTranslation(String edition, long sectionId) {
    }

    @POST
    @Path("{id}/translations")
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
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return workflow.revisions(id);
    }

    @GET
    @Path("{id}/diff")
    public RevisionDiff diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return workflow.diff(id, from, to);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(workflow.restore(id, Versions.required(ifMatch), number));
    }

    @GET
    @Path("{id}/lease")
    public Response lease(@PathParam("id") long id) {
        return leases.current(id).map(l -> Response.ok(l).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("{id}/lease")
    public LeaseView acquire(@PathParam("id") long id) {
        return leases.acquire(id);
    }

    /** Heartbeat: renews the lease and carries the unsaved text. */
    @PUT
    @Path("{id}/lease")
    public LeaseView heartbeat(@PathParam("id") long id, ArticleText unsaved) {
        return unsaved == null ? leases.heartbeat(id, null, null, null)
                : leases.heartbeat(id, unsaved.headline(), unsaved.summary(), unsaved.body());
    }

    @DELETE
    @Path("{id}/lease")
    public Response release(@PathParam("id") long id) {
        leases.release(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/lease/takeover")
    public LeaseView takeOver(@PathParam("id") long id) {
        return leases.takeOver(id);
    }

    @GET
    @Path("{id}/audit")
    public List<AuditView> audit(@PathParam("id") long id) {
        return auditLog.ofArticle(id);
    }

    private static Response withTag(ArticleView article) {
        return Response.ok(article).tag(Versions.tag(article)).build();
    }
}
