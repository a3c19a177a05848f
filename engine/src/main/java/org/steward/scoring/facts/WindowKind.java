package org.steward.scoring.facts;

/** Length of a usage window: a week is 7 days, a month 30 days, both ending on the day scored. */
public enum WindowKind {
    WEEK(7), MONTH(30);

    private final int days;

    WindowKind(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
