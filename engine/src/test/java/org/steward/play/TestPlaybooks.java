package org.steward.play;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.account.Segment;

/** Playbook terms and accounts for process tests: every task worded "<task> for <account>", with the SLAs a test needs. */
final class TestPlaybooks {

    private TestPlaybooks() {
    }

    /** Terms of this playbook; {@code slas} gives per task {sla, escalateAfter} (escalateAfter may be null). */
    static PlaybookTerms terms(String playbookId, String account, Map<String, String[]> slas) {
        Map<String, PlaybookTerms.TaskTerms> tasks = new LinkedHashMap<>();
        slas.forEach((task, sla) -> tasks.put(task, new PlaybookTerms.TaskTerms(task + " for " + account, "Instructions of " + task,
                "template/" + task, sla.length > 2 ? sla[2] : "CSM", sla[0], sla[1])));
        return new PlaybookTerms(playbookId, 1, "D", "weekly", tasks);
    }

    static PlayOrigin origin(PlaybookTerms terms) {
        return new PlayOrigin(42L, java.util.List.of("logins-down"), "contact-1", terms);
    }

    static AccountTerms account(String externalId, Segment segment, LocalDate contractStart, LocalDate renewalDate) {
        return new AccountTerms(externalId, "Acme " + externalId, segment, new BigDecimal("120000"), 50, contractStart, renewalDate,
                "t-csm", "t-lead", Map.of());
    }
}
