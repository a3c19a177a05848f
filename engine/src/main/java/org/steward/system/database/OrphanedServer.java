package org.steward.system.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code mariadbd} left running on our data directory by a Steward JVM that ended without stopping it
 * (killed, or crashed). It holds InnoDB's lock on the data, so no new server could start: it is asked to
 * shut down cleanly (SIGTERM lets InnoDB flush), and killed only if it does not within a minute.
 */
final class OrphanedServer {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /** Stops every such server; returns what was done, for the start-up log. */
    static List<String> stopAnyOn(Path dataDir) {
        String datadirArg = "--datadir=" + dataDir.toAbsolutePath().normalize();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(cmd -> cmd.contains("mariadbd") && (cmd.contains(datadirArg + " ")
                        || cmd.endsWith(datadirArg))).orElse(false))
                .toList();
        List<String> notices = new ArrayList<>();
        for (ProcessHandle orphan : orphans) {
            notices.add("Stopped MariaDB server pid " + orphan.pid() + " left running on " + dataDir
                    + " by a Steward process that ended without stopping it");
            orphan.destroy();
            try {
                orphan.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                notices.add("MariaDB server pid " + orphan.pid() + " did not stop within " + GRACE + "; killed it");
                orphan.destroyForcibly();
            }
        }
        return notices;
    }
}
