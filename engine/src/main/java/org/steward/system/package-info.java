/**
 * Cross-cutting infrastructure: the embedded or external MariaDB, the durable jBPM engine (timers on
 * MariaDB, transactions), the business calendar, security and the one HTTP error format. An open module:
 * every capability may use {@code system.web} (problem details) and {@code system.calendar}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.steward.system;

import org.springframework.modulith.ApplicationModule;
