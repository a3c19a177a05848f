package org.steward.escalation;

import java.time.Duration;

/** A duration in words for people: "3 d 4 h", "2 h 5 min", "40 s". */
public final class Lateness {

    private Lateness() {
    }

    public static String words(Duration late) {
        long seconds = Math.max(0, late.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
