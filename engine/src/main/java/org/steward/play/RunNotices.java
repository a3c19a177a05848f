package org.steward.play;

import java.util.List;

/**
 * The data of a whole-book run's orchestration job: notices of one stored chunk of run {@code runId}, still to be
 * handled, and how many times handling some of them failed already. Plain data, serialised as JSON.
 */
record RunNotices(long runId, int failedAttempts, List<AssessmentNotice> notices) {

    RunNotices {
        notices = List.copyOf(notices);
    }
}
