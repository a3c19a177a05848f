package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.account.UsageFact;
import org.steward.scoring.facts.AccountProfile;
import org.steward.scoring.facts.Contact;
import org.steward.scoring.facts.CsmAssessment;
import org.steward.scoring.facts.LoginBaseline;
import org.steward.scoring.facts.NpsHistory;
import org.steward.scoring.facts.OpenTicket;
import org.steward.scoring.facts.OverdueInvoice;
import org.steward.scoring.facts.ScoreHistory;
import org.steward.scoring.facts.UsageWindow;
import org.steward.scoring.facts.WindowKind;

class FactAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final ParameterSet PARAMETERS = RuleSets.shipped().parameters();

    private static AccountFacts assemble(AccountHistory history) {
        return FactAssembler.assemble(history.on(TODAY), PARAMETERS);
    }

    private static <T> List<T> all(AccountFacts facts, Class<T> type) {
        return facts.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static UsageWindow window(AccountFacts facts, WindowKind kind, int index) {
        return all(facts, UsageWindow.class).stream().filter(w -> w.kind() == kind && w.index() == index).findFirst()
                .orElse(null);
    }

    @Test
    void theProfileCountsDaysFromTheContractStartAndToTheRenewal() {
        AccountFacts facts = assemble(AccountHistory.account("a").segment(Segment.SMB)
                .contract(TODAY.minusDays(100), TODAY.plusDays(45)));

        AccountProfile profile = all(facts, AccountProfile.class).get(0);
        assertThat(profile.daysSinceStart()).isEqualTo(100);
        assertThat(profile.daysToRenewal()).isEqualTo(45);
        assertThat(facts.parameters().getSegment()).isEqualTo(Segment.SMB);
    }

    @Test
    void rowsOfOneDayAddUpAndMissingDaysCountAsNoLogins() {
        AccountHistory history = AccountHistory.account("a").seats(100)
                .usage(TODAY.minusDays(6), TODAY.minusDays(4), day -> new UsageFact("a", day, 10, 20,
                        List.of("reports"), 100L, 1_000L, 40, "sales"))
                .usage(TODAY.minusDays(6), TODAY.minusDays(4), day -> new UsageFact("a", day, 10, 10,
                        List.of("alerts"), 300L, 1_000L, 20, "finance"));

        UsageWindow week = window(assemble(history), WindowKind.WEEK, 0);

        assertThat(week.logins()).isEqualTo(90); // 3 days of 20 + 10, 4 days without rows
        assertThat(week.daysWithData()).isEqualTo(3);
        assertThat(week.seatUtilisation()).isCloseTo(0.6, offset(1e-9)); // 40 + 20 of 100 seats on the days with rows
        assertThat(week.apiUtilisation()).isCloseTo(0.4, offset(1e-9)); // 400 calls against a limit of 1,000 a day
        assertThat(week.features()).containsExactlyInAnyOrder("reports", "alerts");
        assertThat(week.distinctTeams()).isEqualTo(2);
        assertThat(week.complete()).isTrue(); // the history starts on the first day of the week
    }

    @Test
    void windowsReachAsFarBackAsTheHistoryAndAreCompleteWhenItCoversThem() {
        AccountFacts facts = assemble(AccountHistory.account("a").usage(TODAY.minusDays(44), TODAY, 10, 50));

        assertThat(all(facts, UsageWindow.class)).extracting(UsageWindow::kind, UsageWindow::index,
                UsageWindow::complete).containsExactly(
                        tuple(WindowKind.WEEK, 0, true),
                        tuple(WindowKind.WEEK, 1, true),
                        tuple(WindowKind.WEEK, 2, true),
                        tuple(WindowKind.MONTH, 0, true),
                        tuple(WindowKind.MONTH, 1, false));
        assertThat(window(facts, WindowKind.MONTH, 0).from()).isEqualTo(TODAY.minusDays(29));
        assertThat(window(facts, WindowKind.WEEK, 2).to()).isEqualTo(TODAY.minusDays(14));
    }

    @Test
    void theBaselineIsUpTo90DaysEndingBeforeTheWeeksComparedWithIt() {
        AccountFacts full = assemble(AccountHistory.account("a").usage(TODAY.minusDays(200), TODAY.minusDays(14), 10, 50)
                .usage(TODAY.minusDays(13), TODAY, 1, 50));
        AccountFacts young = assemble(AccountHistory.account("b").usage(TODAY.minusDays(43), TODAY, 10, 50));
        AccountFacts tooYoung = assemble(AccountHistory.account("c").usage(TODAY.minusDays(13), TODAY, 10, 50));

        LoginBaseline baseline = all(full, LoginBaseline.class).get(0);
        assertThat(baseline.weeklyLogins()).isEqualTo(70.0);
        assertThat(baseline.days()).isEqualTo(90);
        assertThat(baseline.to()).isEqualTo(TODAY.minusDays(14));
        assertThat(baseline.from()).isEqualTo(TODAY.minusDays(103));
        assertThat(all(young, LoginBaseline.class).get(0).days()).isEqualTo(30);
        assertThat(all(tooYoung, LoginBaseline.class)).isEmpty();
    }

    @Test
    void factsDatedAfterTheDayScoredAreIgnored() {
        AccountFacts facts = assemble(AccountHistory.account("a").usage(TODAY.minusDays(2), TODAY.plusDays(5), 10, 50)
                .nps("n1", 9, TODAY.minusDays(40)).nps("n2", 2, TODAY.plusDays(1))
                .assessment(7, TODAY.minusDays(3)).assessment(2, TODAY.plusDays(2))
                .ticket("t1", TicketPriority.HIGH, TODAY.plusDays(1), null));

        assertThat(window(facts, WindowKind.WEEK, 0).logins()).isEqualTo(30);
        assertThat(all(facts, NpsHistory.class)).containsExactly(new NpsHistory(9, TODAY.minusDays(40), null, null));
        assertThat(all(facts, CsmAssessment.class)).containsExactly(new CsmAssessment(7, TODAY.minusDays(3), "csm1", 3));
        assertThat(all(facts, OpenTicket.class)).isEmpty();
    }

    @Test
    void aTicketIsOpenUntilItIsResolved() {
        AccountFacts facts = assemble(AccountHistory.account("a")
                .ticket("open", TicketPriority.URGENT, TODAY.minusDays(9), null)
                .ticket("resolved-later", TicketPriority.HIGH, TODAY.minusDays(20), TODAY.plusDays(1))
                .ticket("resolved", TicketPriority.HIGH, TODAY.minusDays(20), TODAY.minusDays(1)));

        assertThat(all(facts, OpenTicket.class)).extracting(OpenTicket::ticketId, OpenTicket::ageDays)
                .containsExactlyInAnyOrder(tuple("open", 9L),
                        tuple("resolved-later", 20L));
    }

    @Test
    void anInvoiceIsOverdueFromTheDayAfterItsDueDateUntilItIsPaid() {
        AccountFacts facts = assemble(AccountHistory.account("a")
                .invoice("due-today", TODAY.minusDays(30), TODAY, null)
                .invoice("due-yesterday", TODAY.minusDays(31), TODAY.minusDays(1), null)
                .invoice("paid-late", TODAY.minusDays(60), TODAY.minusDays(30), TODAY.plusDays(3))
                .invoice("paid", TODAY.minusDays(60), TODAY.minusDays(30), TODAY.minusDays(29)));

        assertThat(all(facts, OverdueInvoice.class)).extracting(OverdueInvoice::invoiceId, OverdueInvoice::daysOverdue)
                .containsExactlyInAnyOrder(tuple("due-yesterday", 1L),
                        tuple("paid-late", 30L));
    }

    @Test
    void npsHistoryHoldsTheLatestResponseAndTheOneBefore() {
        AccountFacts facts = assemble(AccountHistory.account("a").nps("n1", 9, TODAY.minusDays(200))
                .nps("n3", 5, TODAY.minusDays(10)).nps("n2", 8, TODAY.minusDays(100)));

        assertThat(all(facts, NpsHistory.class))
                .containsExactly(new NpsHistory(5, TODAY.minusDays(10), 8, TODAY.minusDays(100)));
    }

    @Test
    void scoreHistoryTakesTheScoresOnOrBefore30And60And90DaysAgoAndTheRecentPeak() {
        AccountFacts facts = assemble(AccountHistory.account("a").pastScore(TODAY.minusDays(95), 60)
                .pastScore(TODAY.minusDays(61), 66).pastScore(TODAY.minusDays(30), 70)
                .pastScore(TODAY.minusDays(28), 84).pastScore(TODAY.minusDays(29), 90)
                .pastScore(TODAY.minusDays(3), 80).pastScore(TODAY, 10));

        assertThat(all(facts, ScoreHistory.class))
                .containsExactly(new ScoreHistory(70, 66, 60, 84, TODAY.minusDays(28), 28));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Chief Executive Officer, 5", "Co-Founder, 5", "VP Sales, 4", "Vice President of IT, 4",
            "Head of Operations, 4", "Director of Finance, 3", "IT Manager, 2", "Team Lead, 2", "Analyst, 1",
            "Leader of nothing, 1", "'', 1"})
    void seniorityFollowsTheRoleTitle(String role, int seniority) {
        AccountFacts facts = assemble(AccountHistory.account("a").contact("c", role, false, true, Disc.D));

        assertThat(all(facts, Contact.class).get(0).seniority()).isEqualTo(seniority);
    }
}
