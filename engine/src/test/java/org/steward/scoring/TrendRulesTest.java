package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.TODAY;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.score;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.steward.scoring.facts.ScoreHistory;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Trend;
import org.steward.scoring.facts.TrendDirection;

/** rules/scoring/trend.drl */
class TrendRulesTest {

    private static final String TREND = "Trend compares the score with 30, 60 and 90 days ago";
    private static final String NO_HISTORY = "No score history yet: the trend is unknown";
    private static final String DROP = "Score dropped 8 points or more within 4 weeks, even while green";

    private final CompiledRuleSet rules = RuleSets.only("trend.drl");

    private static ScoreHistory history(Integer score30, Integer score60, Integer score90, Integer recentPeak) {
        return new ScoreHistory(score30, score60, score90, recentPeak, TODAY.minusDays(20), 28);
    }

    @Test
    void theTrendGivesTheChangeOver30And60And90Days() {
        RuleRun run = run(rules, parameters(), score(72), history(65, 70, 80, 74));

        Trend trend = run.one(Trend.class);
        assertThat(run.rulesFired()).containsExactly(TREND);
        assertThat(trend.change30()).isEqualTo(7);
        assertThat(trend.change60()).isEqualTo(2);
        assertThat(trend.change90()).isEqualTo(-8);
        assertThat(trend.direction()).isEqualTo(TrendDirection.UP);
        assertThat(trend.summary()).isEqualTo("up: +7 points in 30 days, +2 points in 60 days, -8 points in 90 days");
    }

    @Test
    void aChangeOfTwoPointsIsFlatAndThreeIsADirection() {
        assertThat(run(rules, parameters(), score(72), history(74, null, null, null)).one(Trend.class).direction())
                .isEqualTo(TrendDirection.FLAT);
        assertThat(run(rules, parameters(), score(72), history(75, null, null, null)).one(Trend.class).direction())
                .isEqualTo(TrendDirection.DOWN);
    }

    @Test
    void withoutHistoryTheTrendIsUnknown() {
        RuleRun run = run(rules, parameters(), score(72));

        assertThat(run.rulesFired()).containsExactly(NO_HISTORY);
        assertThat(run.one(Trend.class).direction()).isEqualTo(TrendDirection.UNKNOWN);
    }

    @Test
    void aDropOfEightPointsWithinFourWeeksIsASignalEvenWhileGreen() {
        RuleRun run = run(rules, parameters(), score(75), history(80, null, null, 83));

        assertThat(run.rulesFired()).contains(DROP);
        Signal signal = run.one(Signal.class);
        assertThat(signal.code()).isEqualTo("score-drop");
        assertThat(signal.evidence()).containsEntry("score", 75).containsEntry("recentPeak", 83)
                .containsEntry("drop", 8).containsEntry("withinDays", 28);
    }

    @Test
    void aDropOfSevenPointsIsNoSignal() {
        RuleRun run = run(rules, parameters(), score(76), history(80, null, null, 83));

        assertThat(run.rulesFired()).containsExactly(TREND);
    }
}
