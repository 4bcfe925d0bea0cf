package org.newsroom.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the staff API; the admin WAR's context adds /admin. */
@ApplicationPath("/api/v1")
public class StaffApi extends Application {
}
