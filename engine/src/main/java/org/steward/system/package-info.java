/**
 * Cross-cutting infrastructure: the embedded or external MariaDB, the durable jBPM engine (timers on
 * MariaDB, transactions), the business calendar, security and the one HTTP error format.
 */
package org.steward.system;
