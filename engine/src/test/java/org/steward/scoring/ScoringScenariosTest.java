package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.account.TicketPriority;
import org.steward.scoring.facts.Layer;
import org.steward.scoring.facts.LayerContribution;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;

/** The book scenarios of issue 3 that need no database: the shipped rule set on account histories. */
class ScoringScenariosTest {

    private static final LocalDate DROP = LocalDate.of(2026, 5, 1);

    private final AccountScorer scorer = new AccountScorer(RuleSets.shipped());

    private AccountAssessment score(AccountSnapshot snapshot) {
        ScoringResult result = scorer.score(snapshot);
        assertThat(result).isInstanceOf(AccountAssessment.class);
        return (AccountAssessment) result;
    }

    private static boolean hasSignal(AccountAssessment assessment, String code) {
        return assessment.churnSignals().stream().anyMatch(s -> s.code().equals(code))
                || assessment.expansionSignals().stream().anyMatch(s -> s.code().equals(code));
    }

    private static AccountHistory healthyAccount(String id, Disc championStyle) {
        return AccountHistory.account(id).contact("champ", "Head of Operations", true, true, championStyle)
                .nps("n1", 9, DROP.minusDays(60)).assessment(8, DROP.minusDays(20));
    }

    @Test
    void loginsFalling35PercentRaiseTheChurnSignalOnTheDayTheSecondWeekCompletesNotBefore() {
        AccountHistory history = healthyAccount("falling", Disc.C)
                .usage(DROP.minusDays(120), DROP.minusDays(1), 100, 70)
                .usage(DROP, DROP.plusDays(20), 65, 70);

        for (int day = 0; day < 13; day++) {
            assertThat(hasSignal(score(history.on(DROP.plusDays(day))), "logins-down")).as("day %d of the drop", day + 1)
                    .isFalse();
        }
        AccountAssessment secondWeekDone = score(history.on(DROP.plusDays(13)));
        assertThat(hasSignal(secondWeekDone, "logins-down")).isTrue();
        Signal signal = secondWeekDone.churnSignals().stream().filter(s -> s.code().equals("logins-down")).findFirst()
                .orElseThrow();
        assertThat(signal.evidence()).containsEntry("baselineWeeklyLogins", 700.0).containsEntry("week1Logins", 455L)
                .containsEntry("week2Logins", 455L).containsEntry("week2Drop", "35%");
        assertThat(secondWeekDone.rulesFired())
                .contains("Logins down more than 30% against baseline for two consecutive weeks");
    }

    @Test
    void seatsAt85PercentForThreeMonthsRaiseSeatExpansionButTwoMonthsDoNot() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        AccountHistory threeMonths = healthyAccount("full", Disc.I).usage(today.minusDays(89), today, 100, 85);
        AccountHistory twoMonths = healthyAccount("filling", Disc.I)
                .usage(today.minusDays(89), today.minusDays(60), 100, 70)
                .usage(today.minusDays(59), today, 100, 85);

        AccountAssessment full = score(threeMonths.on(today));
        assertThat(hasSignal(full, "seats-high-months")).isTrue();
        assertThat(full.tier()).isEqualTo(Tier.GREEN);
        assertThat(full.playbook().playbookId()).isEqualTo("expansion");
        assertThat(full.playbook().variant()).isEqualTo("I");
        assertThat(hasSignal(score(twoMonths.on(today)), "seats-high-months")).isFalse();
    }

    @Test
    void redAccountsWithADominantAndASteadyChampionGetDifferentVariantsOfTheRecoveryPlay() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        AccountAssessment dominant = score(troubledAccount("d-account", Disc.D, today).on(today));
        AccountAssessment steady = score(troubledAccount("s-account", Disc.S, today).on(today));

        assertThat(dominant.tier()).isEqualTo(Tier.RED);
        assertThat(steady.tier()).isEqualTo(Tier.RED);
        assertThat(dominant.playbook().playbookId()).isEqualTo("save-recovery").isEqualTo(steady.playbook().playbookId());
        assertThat(dominant.playbook().variant()).isEqualTo("D");
        assertThat(steady.playbook().variant()).isEqualTo("S");
        assertThat(dominant.churnSignals()).extracting(Signal::code).contains("seats-low", "invoice-overdue",
                "high-priority-tickets", "nps-detractor", "assessment-low");
    }

    private static AccountHistory troubledAccount(String id, Disc championStyle, LocalDate today) {
        return AccountHistory.account(id).contact("champ", "Director of Finance", true, true, championStyle)
                .usage(today.minusDays(120), today.minusDays(30), 100, 60)
                .usage(today.minusDays(29), today, 10, 15, List.of("dashboards", "reports"))
                .ticket("t1", TicketPriority.URGENT, today.minusDays(20), null)
                .invoice("i1", today.minusDays(75), today.minusDays(45), null)
                .nps("n1", 9, today.minusDays(200)).nps("n2", 3, today.minusDays(10))
                .assessment(2, today.minusDays(5));
    }

    @Test
    void anAccountWithoutAnAssessmentIsScoredWithRedistributedWeights() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        AccountHistory history = AccountHistory.account("new-csm")
                .contact("champ", "VP Product", true, true, Disc.C)
                .usage(today.minusDays(120), today, 100, 70);

        AccountAssessment assessment = score(history.on(today));

        assertThat(assessment.layers()).extracting(LayerContribution::layer).containsExactly(Layer.USAGE,
                Layer.RELATIONSHIP);
        assertThat(assessment.layers()).extracting(LayerContribution::effectiveWeight).containsExactly(60.0, 40.0);
        assertThat(assessment.notes()).singleElement().asString().startsWith("No CSM assessment layer (no CSM assessment yet)");
        assertThat(assessment.rulesFired()).contains("No CSM assessment yet: its weight is shared by the other layers");
        double weighted = assessment.layers().stream().mapToDouble(LayerContribution::points).sum();
        assertThat(assessment.score()).isEqualTo((int) Math.round(weighted));
    }
}
