package org.steward.play;

/** Where a play stands: running, ended by its process, or cancelled (aborted) before its end. */
public enum PlayStatus {
    ACTIVE, COMPLETED, CANCELLED
}
