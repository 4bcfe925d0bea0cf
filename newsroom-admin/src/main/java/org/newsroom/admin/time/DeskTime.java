package org.newsroom.admin.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.newsroom.editorial.configuration.Setting;

/** Shows instants, and reads date-times typed into pickers, in the desk's time zone. */
@Named
@ApplicationScoped
public class DeskTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone = ZoneId.of(Setting.CONSOLE_ZONE.text());

    public ZoneId getZone() {
        return zone;
    }

    public String getZoneName() {
        return zone.getId();
    }

    public String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    public Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    public LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
