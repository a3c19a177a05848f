package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.steward.scoring.facts.Tier;

/** The checks a version must pass to be activated: the check accounts scored by the version under check. */
class RuleSetChecksTest {

    private static Map<String, RuleSetChecks.Result> byAccount(RuleSetChecks.Report report) {
        return report.results().stream().collect(Collectors.toMap(RuleSetChecks.Result::account, Function.identity()));
    }

    @Test
    void theShippedRuleSetPassesAndEachCheckAccountIsInTheSituationItStandsFor() {
        RuleSetChecks.Report report = RuleSetChecks.run(RuleSets.shipped(), null);

        assertThat(report.passed()).isTrue();
        assertThat(report.results()).hasSize(CheckAccounts.all().size()).allSatisfy(result -> {
            assertThat(result.score()).isBetween(0, 100);
            assertThat(result.tier()).isNotNull();
            assertThat(result.activeScore()).isNull();
        });
        Map<String, RuleSetChecks.Result> results = byAccount(report);
        assertThat(results.get("check-healthy").tier()).isEqualTo(Tier.GREEN);
        assertThat(results.get("check-healthy").signals()).isEmpty();
        assertThat(results.get("check-declining").signals()).contains("logins-down", "nps-detractor");
        assertThat(results.get("check-red-dominant").tier()).isEqualTo(Tier.RED);
        assertThat(results.get("check-red-dominant").playbook()).isEqualTo("save-recovery (D)");
        assertThat(results.get("check-red-steady").playbook()).isEqualTo("save-recovery (S)");
        assertThat(results.get("check-expanding").signals()).contains("seats-high-months", "api-near-limit", "power-users",
                "new-teams");
        assertThat(results.get("check-champion-departed").signals()).contains("champion-departed");
        assertThat(results.get("check-onboarding").playbook()).startsWith("onboarding");
        assertThat(results.get("check-renewal-near").signals()).contains("renewal-at-risk");
    }

    @Test
    void aRuleThatThrowsForOneAccountFailsTheChecksNamingTheRuleAndTheAccount() {
        Map<String, String> files = new TreeMap<>(ShippedRuleSet.files());
        files.put("scoring/fragile.drl", """
                package scoring;
                import org.steward.scoring.facts.*;
                import org.steward.account.Segment;

                rule "Enterprise accounts break this rule"
                when
                    AccountProfile( segment == Segment.ENTERPRISE )
                then
                    throw new IllegalStateException("enterprise not handled");
                end
                """);

        RuleSetChecks.Report report = RuleSetChecks.run(RuleSets.compiled(files), RuleSets.shipped());

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(RuleSetChecks.Result::account)
                .containsExactlyInAnyOrder("check-expanding", "check-renewal-near");
        assertThat(report.failures()).allSatisfy(failure -> {
            assertThat(failure.failedRule()).isEqualTo("Enterprise accounts break this rule");
            assertThat(failure.failure()).contains("enterprise not handled");
            assertThat(failure.activeTier()).isNotNull();
        });
    }

    @Test
    void aChangedWeightShowsNextToWhatTheActiveVersionGives() {
        Map<String, String> files = new TreeMap<>(ShippedRuleSet.files());
        files.put(RuleSets.PARAMETERS, ParameterEdits.apply(files.get(RuleSets.PARAMETERS),
                Map.of("layer.usage.weight", "70", "layer.relationship.weight", "20", "layer.assessment.weight", "10")));

        RuleSetChecks.Report report = RuleSetChecks.run(RuleSets.compiled(files), RuleSets.shipped());

        assertThat(report.passed()).isTrue();
        RuleSetChecks.Result troubled = byAccount(report).get("check-red-dominant");
        assertThat(troubled.activeScore()).isNotNull().isNotEqualTo(troubled.score());
    }
}
