package org.steward.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * The timer schedulers of the Spring contexts this test JVM started (contexts stay cached between test classes).
 * Tests with engine nodes in child JVMs need this JVM's engine to keep still, or it would fire their timers while
 * "no node runs": starting a child node pauses it, and it resumes when the next {@link ApiTest} test begins.
 */
public final class InJvmEngine {

    private static final Set<Scheduler> SCHEDULERS = ConcurrentHashMap.newKeySet();
    private static volatile boolean paused;

    private InJvmEngine() {
    }

    static void register(Scheduler scheduler) {
        if (SCHEDULERS.add(scheduler) && paused) {
            scheduler.pause();
        }
    }

    static synchronized void pause() {
        paused = true;
        SCHEDULERS.forEach(Scheduler::pause);
    }

    static synchronized void resume() {
        if (paused) {
            paused = false;
            SCHEDULERS.forEach(Scheduler::resume);
        }
    }
}
