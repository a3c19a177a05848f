package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.score;
import static org.steward.scoring.Facts.tier;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.scoring.facts.Lifecycle;
import org.steward.scoring.facts.LifecycleStage;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.PrimaryContact;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;

/** rules/scoring/playbook.drl */
class PlaybookRulesTest {

    private static final String DISC_STYLE = "The best-ranked candidate is played in the primary contact's DISC style";

    private final CompiledRuleSet rules = RuleSets.only("playbook.drl");

    private static PrimaryContact champion(Disc disc) {
        return new PrimaryContact("c1", "Dana", disc, "active champion Dana");
    }

    private static Lifecycle adopted() {
        return new Lifecycle(LifecycleStage.ADOPTED, "past onboarding");
    }

    private static Signal churn(String code) {
        return Signal.churn(code, code);
    }

    private static Signal expansion(String code) {
        return Signal.expansion(code, code);
    }

    @Test
    void aRedAccountGetsTheRecoveryPlayInItsChampionsStyle() {
        RuleRun d = run(rules, parameters(), score(31), tier(Tier.RED), adopted(), champion(Disc.D));
        RuleRun s = run(rules, parameters(), score(31), tier(Tier.RED), adopted(), champion(Disc.S));

        assertThat(d.rulesFired()).containsExactly("Red account gets the recovery save play", DISC_STYLE);
        assertThat(d.one(PlaybookChoice.class).playbookId()).isEqualTo("save-recovery");
        assertThat(d.one(PlaybookChoice.class).variant()).isEqualTo("D");
        assertThat(s.one(PlaybookChoice.class).variant()).isEqualTo("S");
        assertThat(d.one(PlaybookChoice.class).reason())
                .isEqualTo("red tier (score 31): recovery plan; addressed to: active champion Dana, DISC D");
    }

    @Test
    void churnRiskOutranksExpansionWhileTheAccountCarriesBoth() {
        RuleRun run = run(rules, parameters(), score(75), tier(Tier.GREEN), adopted(), champion(Disc.C),
                churn("nps-detractor"), expansion("api-near-limit"));

        PlaybookChoice choice = run.one(PlaybookChoice.class);
        assertThat(choice.playbookId()).isEqualTo("save-check-in");
        assertThat(choice.reason()).isEqualTo("green tier with churn signals (nps-detractor): CSM check-in; "
                + "outranks expansion; addressed to: active champion Dana, DISC C");
        assertThat(run.all(Signal.class)).hasSize(2);
    }

    @Test
    void aYellowAccountWithAnExpansionSignalGetsTheCheckIn() {
        RuleRun run = run(rules, parameters(), score(55), tier(Tier.YELLOW), adopted(), champion(Disc.I),
                expansion("seats-high-months"));

        assertThat(run.one(PlaybookChoice.class).playbookId()).isEqualTo("save-check-in");
    }

    @Test
    void aHealthyAccountWithAnExpansionSignalGetsTheExpansionPlay() {
        RuleRun run = run(rules, parameters(), score(85), tier(Tier.GREEN), adopted(), champion(Disc.I),
                expansion("seats-high-months"));

        assertThat(run.one(PlaybookChoice.class).playbookId()).isEqualTo("expansion");
        assertThat(run.one(PlaybookChoice.class).variant()).isEqualTo("I");
    }

    @Test
    void theRenewalWindowOutranksExpansionAndOnboardingIsPlayedWhenNothingOutranksIt() {
        RuleRun renewal = run(rules, parameters(), score(85), tier(Tier.GREEN), champion(Disc.D),
                new Lifecycle(LifecycleStage.RENEWAL_WINDOW, "renewal in 100 days"), expansion("new-teams"));
        RuleRun onboarding = run(rules, parameters(), score(75), tier(Tier.GREEN), champion(Disc.D),
                new Lifecycle(LifecycleStage.ONBOARDING, "day 10"));

        assertThat(renewal.one(PlaybookChoice.class).playbookId()).isEqualTo("renewal");
        assertThat(onboarding.one(PlaybookChoice.class).playbookId()).isEqualTo("onboarding");
    }

    @Test
    void noDiscProfileOrNoContactGivesTheNeutralVariant() {
        RuleRun noProfile = run(rules, parameters(), score(50), tier(Tier.YELLOW), adopted(),
                new PrimaryContact("c2", "Sam", null, "most senior active contact Sam"));
        RuleRun noContact = run(rules, parameters(), score(50), tier(Tier.YELLOW), adopted());

        assertThat(noProfile.one(PlaybookChoice.class).variant()).isEqualTo(PlaybookChoice.NEUTRAL);
        assertThat(noProfile.one(PlaybookChoice.class).contactId()).isEqualTo("c2");
        assertThat(noProfile.rulesFired()).contains("Neutral variant when the primary contact has no DISC profile");
        assertThat(noContact.one(PlaybookChoice.class).variant()).isEqualTo(PlaybookChoice.NEUTRAL);
        assertThat(noContact.one(PlaybookChoice.class).contactId()).isNull();
        assertThat(noContact.rulesFired()).contains("Neutral variant when the account has no active contact");
    }

    @Test
    void aHealthyAdoptedAccountWithoutSignalsNeedsNoPlaybook() {
        RuleRun run = run(rules, parameters(), score(85), tier(Tier.GREEN), adopted(), champion(Disc.D));

        assertThat(run.rulesFired()).isEmpty();
        assertThat(run.one(PlaybookChoice.class)).isNull();
    }
}
