package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.steward.scoring.Facts.baseline;
import static org.steward.scoring.Facts.month;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.week;
import static org.steward.scoring.RuleAssertions.run;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.steward.scoring.facts.LayerComponent;

/** rules/scoring/usage-layer.drl */
class UsageLayerRulesTest {

    private static final String LOGINS = "Logins last week measured against the account's own 90-day baseline";
    private static final String FEATURES = "Feature breadth in the last 30 days against the full-breadth target";
    private static final String SEATS = "Seat utilisation in the last 30 days against the full-utilisation target";
    private static final String API = "API usage in the last 30 days against the plan limit";
    private static final String NO_USAGE = "No product usage recorded in the last 30 days scores the usage layer zero";

    private final CompiledRuleSet rules = RuleSets.only("usage-layer.drl");

    private static Map<String, LayerComponent> components(RuleRun run) {
        return run.all(LayerComponent.class).stream().collect(Collectors.toMap(LayerComponent::name, c -> c));
    }

    @Test
    void eachPartOfUsageScoresAgainstItsTarget() {
        RuleRun run = run(rules, parameters(), baseline(100), week(0).logins(65),
                month(0).featureCount(4).seats(0.6).api(25_000, 100_000));

        assertThat(run.rulesFired()).containsExactlyInAnyOrder(LOGINS, FEATURES, SEATS, API);
        Map<String, LayerComponent> components = components(run);
        assertThat(components.get("logins").score()).isEqualTo(65.0);
        assertThat(components.get("logins").weight()).isEqualTo(35.0);
        assertThat(components.get("logins").explanation())
                .isEqualTo("logins last week 65 against a baseline of 100 a week (65%)");
        assertThat(components.get("features").score()).isEqualTo(50.0);
        assertThat(components.get("seats").score()).isCloseTo(75.0, offset(1e-9));
        assertThat(components.get("api").score()).isEqualTo(50.0);
    }

    @Test
    void moreThanTheBaselineOrTheTargetScoresFullMarksNotMore() {
        RuleRun run = run(rules, parameters(), baseline(100), week(0).logins(180), month(0).featureCount(12).seats(1.2));

        assertThat(components(run).values()).extracting(LayerComponent::score).containsOnly(100.0);
    }

    @Test
    void withoutABaselineLoginsAreNotScoredAndWithoutALimitNeitherIsTheApi() {
        RuleRun run = run(rules, parameters(), week(0).logins(50), month(0).featureCount(4).seats(0.5));

        assertThat(run.rulesFired()).containsExactlyInAnyOrder(FEATURES, SEATS);
    }

    @Test
    void anAccountWithoutUsageHistoryScoresZero() {
        RuleRun run = run(rules, parameters(), Facts.account());

        assertThat(run.rulesFired()).containsExactly(NO_USAGE);
        assertThat(components(run).get("no-usage").score()).isZero();
    }
}
