package org.steward.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.calendar.CalendarProperties;

/** Who is out of office today (in the business calendar's zone), and who stands in for them. */
@Service
public class Absences {

    private static final int LONGEST_CHAIN = 5;

    private final OutOfOfficeRepository absences;
    private final CalendarProperties calendar;
    private final Clock clock;

    Absences(OutOfOfficeRepository absences, CalendarProperties calendar, Clock clock) {
        this.absences = absences;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The user who receives work meant for {@code username} today: the user, or their substitute while they are away
     * (following substitutes who are away themselves; a circle of absentees leaves the work with {@code username}).
     */
    @Transactional(readOnly = true)
    public String standInFor(String username) {
        LocalDate today = today();
        Set<String> seen = new LinkedHashSet<>();
        String current = username;
        while (current != null && seen.add(current) && seen.size() <= LONGEST_CHAIN) {
            List<OutOfOffice> away = absences.covering(current, today);
            if (away.isEmpty()) {
                return current;
            }
            current = away.get(0).getSubstitute();
        }
        return username;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }
}
