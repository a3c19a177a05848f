package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;

import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.account.UsageFact;
import org.steward.scoring.facts.UserActivity;

/**
 * The built-in check accounts a rule-set version is tried on before it may be activated: made-up
 * accounts of every segment and in the situations CS teams know (healthy, declining, red with a dominant
 * or a steady champion, no CSM assessment, onboarding, ready to expand, renewal near, champion departed,
 * nothing known at all). They are scored as of {@link #DAY}, a fixed day, so a check gives the same
 * result whenever it runs.
 */
final class CheckAccounts {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final List<String> FEATURES = AccountHistory.FEATURES;

    /** One check account: its id, what it stands for, and its facts. */
    record CheckAccount(String id, String description, AccountSnapshot snapshot) {
    }

    private CheckAccounts() {
    }

    static List<CheckAccount> all() {
        return List.of(
                check("check-healthy", "healthy and steady", account("check-healthy")
                        .contact("c1", "Head of Operations", true, true, Disc.C).contact("c2", "Analyst", false, true, Disc.I)
                        .usage(DAY.minusDays(120), DAY, 100, 75).nps("n1", 9, DAY.minusDays(60))
                        .assessment(8, DAY.minusDays(20)).pastScore(DAY.minusDays(60), 80).pastScore(DAY.minusDays(30), 82)),
                check("check-declining", "logins down 35 % for two weeks, score falling", account("check-declining")
                        .contact("c1", "Director of Finance", true, true, Disc.S)
                        .usage(DAY.minusDays(120), DAY.minusDays(14), 100, 70)
                        .usage(DAY.minusDays(13), DAY, 65, 70, FEATURES.subList(0, 3)).nps("n1", 9, DAY.minusDays(200))
                        .nps("n2", 6, DAY.minusDays(5)).assessment(6, DAY.minusDays(10)).pastScore(DAY.minusDays(60), 84)
                        .pastScore(DAY.minusDays(20), 80)),
                check("check-red-dominant", "red, with a D (dominant) champion", troubled("check-red-dominant", Disc.D)),
                check("check-red-steady", "red, with an S (steady) champion", troubled("check-red-steady", Disc.S)),
                check("check-no-assessment", "no CSM assessment yet (its weight is redistributed)",
                        account("check-no-assessment").contact("c1", "VP Product", true, true, Disc.C)
                                .usage(DAY.minusDays(120), DAY, 100, 70)),
                check("check-onboarding", "onboarding: signed 20 days ago, off to a good start",
                        account("check-onboarding").segment(Segment.SMB).contract(DAY.minusDays(20), DAY.plusDays(345))
                                .contact("c1", "Office Manager", true, true, Disc.I)
                                .usage(DAY.minusDays(12), DAY, 60, 60, FEATURES.subList(0, 4))
                                .assessment(7, DAY.minusDays(5))),
                check("check-expanding", "seats at 90 % for three months, API near its limit, power users",
                        expanding("check-expanding")),
                check("check-renewal-near", "enterprise, renewal in 60 days, lukewarm", account("check-renewal-near")
                        .segment(Segment.ENTERPRISE).contract(DAY.minusDays(305), DAY.plusDays(60))
                        .contact("c1", "CTO", true, true, Disc.C)
                        .usage(DAY.minusDays(120), DAY, 30, 45, List.of("dashboards", "reports"))
                        .ticket("t1", TicketPriority.NORMAL, DAY.minusDays(12), null).nps("n1", 7, DAY.minusDays(40))
                        .assessment(5, DAY.minusDays(30))),
                check("check-champion-departed", "the champion left and no one took over",
                        account("check-champion-departed").segment(Segment.SMB)
                                .contact("c1", "Head of Operations", true, false, Disc.D)
                                .contact("c2", "Analyst", false, true, null)
                                .usage(DAY.minusDays(120), DAY, 60, 30).nps("n1", 8, DAY.minusDays(100))
                                .assessment(5, DAY.minusDays(10))),
                check("check-nothing-known", "a new account with no usage, contacts or feedback",
                        account("check-nothing-known").contract(DAY.minusDays(2), DAY.plusDays(363))));
    }

    private static AccountHistory account(String id) {
        return AccountHistory.account(id).contract(DAY.minusDays(300), DAY.plusDays(200));
    }

    private static AccountHistory troubled(String id, Disc championStyle) {
        return account(id).contact("c1", "Director of Finance", true, true, championStyle)
                .usage(DAY.minusDays(120), DAY.minusDays(30), 100, 60)
                .usage(DAY.minusDays(29), DAY, 10, 15, List.of("dashboards", "reports"))
                .ticket("t1", TicketPriority.URGENT, DAY.minusDays(20), null)
                .invoice("i1", DAY.minusDays(75), DAY.minusDays(45), null)
                .nps("n1", 9, DAY.minusDays(200)).nps("n2", 3, DAY.minusDays(10)).assessment(2, DAY.minusDays(5))
                .pastScore(DAY.minusDays(60), 55).pastScore(DAY.minusDays(30), 42);
    }

    /** On the starter plan using growth features, seats at 90 %, API at 90 %, a second team, four power users. */
    private static AccountHistory expanding(String id) {
        AccountHistory history = account(id).segment(Segment.ENTERPRISE).plan("starter")
                .contact("c1", "VP Customer Success", true, true, Disc.I).nps("n1", 10, DAY.minusDays(30))
                .assessment(9, DAY.minusDays(15))
                .usage(DAY.minusDays(120), DAY, date -> new UsageFact(id, date, 90, 120, FEATURES, 9_000L, 10_000L, 90,
                        date.isAfter(DAY.minusDays(30)) && date.getDayOfMonth() % 2 == 0 ? "finance" : "sales"));
        for (int user = 1; user <= 4; user++) {
            history.userActivity(new UserActivity("power-" + user, 5, 5));
        }
        return history;
    }

    private static CheckAccount check(String id, String description, AccountHistory history) {
        return new CheckAccount(id, description, history.on(DAY));
    }
}
