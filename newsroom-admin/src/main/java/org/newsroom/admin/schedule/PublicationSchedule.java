package org.newsroom.admin.schedule;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.newsroom.admin.security.SignedInStaff;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.calendar.CalendarEntry;
import org.newsroom.editorial.calendar.PublicationCalendar;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/** The calendar page: loads the visible range lazily, opens a story on click, reschedules on drop. */
@Named
@ViewScoped
public class PublicationSchedule implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How long a publication looks on the calendar; it is an instant, the block only has to be clickable. */
    private static final Duration SHOWN_LENGTH = Duration.ofMinutes(30);

    @EJB
    PublicationCalendar calendar;

    @EJB
    ArticleWorkflow workflow;

    @Inject
    DeskTime deskTime;

    @Inject
    SignedInStaff staff;

    private Edition edition;
    private boolean mayMove;
    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            load(this, start, end);
        }
    };

    @jakarta.annotation.PostConstruct
    void init() {
        mayMove = staff.isEditor();
    }

    private void load(LazyScheduleModel into, LocalDateTime start, LocalDateTime end) {
        try {
            for (CalendarEntry entry : calendar.between(deskTime.toInstant(start), deskTime.toInstant(end), edition)) {
                LocalDateTime at = deskTime.toLocal(entry.at());
                boolean publication = entry.kind() == CalendarEntry.Kind.PUBLICATION;
                into.addEvent(DefaultScheduleEvent.<CalendarEntry>builder()
                        .id(entry.kind() + "-" + entry.articleId())
                        .title((publication ? "" : text("schedule.embargo") + " ") + "[" + entry.edition().code() + "] " + entry.headline())
                        .description(entry.headline())
                        .startDate(at).endDate(at.plus(SHOWN_LENGTH))
                        .data(entry)
                        .draggable(mayMove && entry.movable())
                        .resizable(false)
                        .styleClass(publication ? "calendar-publication article-" + entry.articleId()
                                : "calendar-embargo article-" + entry.articleId())
                        .build());
            }
        } catch (ActionRefused refused) {
            error(refusal(refused));
        }
    }

    /** A click on an entry opens the story in the editor (with the view token the editor's protection needs). */
    public void open(SelectEvent<ScheduleEvent<CalendarEntry>> selected) throws IOException {
        CalendarEntry entry = selected.getObject().getData();
        FacesContext faces = FacesContext.getCurrentInstance();
        String url = faces.getApplication().getViewHandler().getRedirectURL(faces, "/editor.xhtml",
                Map.of("id", List.of(Long.toString(entry.articleId()))), false);
        faces.getExternalContext().redirect(url);
    }

    /** A dropped entry: the story is rescheduled by the drag's offset, or the refusal is shown and the calendar reloads. */
    public void move(ScheduleEntryMoveEvent moved) {
        ScheduleEvent<?> event = moved.getScheduleEvent();
        if (!(event.getData() instanceof CalendarEntry entry) || !entry.movable()) {
            error(text("schedule.notMovable"));
            return;
        }
        reschedule(entry.articleId(), entry.version(), entry.at().plus(moved.getDeltaAsDuration()));
    }

    /** The same move as a drag, for a given story and desk-local time (used by the drop and by tests). */
    public void reschedule(long articleId, long version, Instant publishAt) {
        try {
            workflow.reschedule(articleId, version, publishAt);
            info(MessageFormat.format(text("schedule.moved"), deskTime.show(publishAt), deskTime.getZoneName()));
        } catch (ActionRefused refused) {
            error(MessageFormat.format(text("schedule.refused"), refusal(refused)));
        } catch (EJBAccessException denied) {
            error(text("schedule.notAllowed"));
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    public boolean isMayMove() {
        return mayMove;
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        this.edition = edition;
    }

}
