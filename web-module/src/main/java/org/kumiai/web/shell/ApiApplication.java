package org.kumiai.web.shell;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api/v1; later versions get a path of their own. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {}
