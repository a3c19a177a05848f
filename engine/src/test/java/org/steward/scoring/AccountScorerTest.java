package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.scoring.facts.Layer;
import org.steward.scoring.facts.LayerContribution;
import org.steward.scoring.facts.LifecycleStage;
import org.steward.scoring.facts.Tier;
import org.steward.scoring.facts.TrendDirection;

class AccountScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static AccountHistory healthy(String id) {
        return AccountHistory.account(id).contact("champ", "VP Customer Success", true, true, Disc.D)
                .contact("analyst", "Analyst", false, true, Disc.I)
                .usage(TODAY.minusDays(120), TODAY, 100, 75)
                .nps("n1", 9, TODAY.minusDays(30)).assessment(8, TODAY.minusDays(14))
                .pastScore(TODAY.minusDays(30), 80).pastScore(TODAY.minusDays(7), 82);
    }

    private static Map<String, String> shippedPlus(String path, String drl) {
        Map<String, String> files = new java.util.TreeMap<>(ShippedRuleSet.files());
        files.put(path, drl);
        return files;
    }

    @Test
    void aHealthyAccountIsExplainedLayerByLayer() {
        ScoringResult result = new AccountScorer(RuleSets.shipped()).score(healthy("acme").on(TODAY));

        assertThat(result).isInstanceOf(AccountAssessment.class);
        AccountAssessment assessment = (AccountAssessment) result;
        assertThat(assessment.accountId()).isEqualTo("acme");
        assertThat(assessment.tier()).isEqualTo(Tier.GREEN);
        assertThat(assessment.score()).isBetween(70, 100);
        assertThat(assessment.layers()).extracting(LayerContribution::layer)
                .containsExactly(Layer.USAGE, Layer.RELATIONSHIP, Layer.ASSESSMENT);
        assertThat(assessment.layers()).allSatisfy(layer -> assertThat(layer.explanation()).isNotEmpty());
        assertThat(assessment.notes()).isEmpty();
        assertThat(assessment.trend().direction()).isNotEqualTo(TrendDirection.UNKNOWN);
        assertThat(assessment.lifecycle().stage()).isEqualTo(LifecycleStage.ADOPTED);
        assertThat(assessment.primaryContact().contactId()).isEqualTo("champ");
        assertThat(assessment.churnSignals()).isEmpty();
        assertThat(assessment.playbook()).isNull();
        assertThat(assessment.rulesFired()).contains("Green from the green threshold up",
                "The active champion is the primary contact");
    }

    @Test
    void aRuleThatThrowsNamesTheAccountAndTheRuleAndLeavesOtherAccountsScored() {
        CompiledRuleSet ruleSet = RuleSets.compiled(shippedPlus("scoring/broken.drl", """
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Accounts on the pilot plan cannot be scored yet"
                when
                    $a : AccountProfile( plan == "pilot" )
                then
                    throw new IllegalStateException("no scoring model for plan " + $a.plan());
                end
                """));
        AccountScorer scorer = new AccountScorer(ruleSet);

        ScoringResult failed = scorer.score(healthy("pilot-co").plan("pilot").on(TODAY));
        ScoringResult scored = scorer.score(healthy("acme").on(TODAY));

        assertThat(failed).isInstanceOfSatisfying(ScoringFailure.class, failure -> {
            assertThat(failure.accountId()).isEqualTo("pilot-co");
            assertThat(failure.ruleName()).isEqualTo("Accounts on the pilot plan cannot be scored yet");
            assertThat(failure.message()).contains("account pilot-co")
                    .contains("IllegalStateException: no scoring model for plan pilot");
        });
        assertThat(scored).isInstanceOf(AccountAssessment.class);
    }

    @Test
    void rulesThatKeepActivatingThemselvesAreStoppedNamingTheRulesThatFiredMost() {
        Map<String, String> files = RuleSets.files();
        files.put("scoring/loop.drl", """
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Look at the profile again"
                when
                    $a : AccountProfile()
                then
                    update($a);
                end
                """);

        ScoringResult result = new AccountScorer(RuleSets.compiled(files)).score(healthy("acme").on(TODAY));

        assertThat(result).isInstanceOfSatisfying(ScoringFailure.class, failure -> {
            assertThat(failure.accountId()).isEqualTo("acme");
            assertThat(failure.message()).contains("stopped after " + CompiledRuleSet.MAX_FIRINGS + " rule firings")
                    .contains("fired most: \"Look at the profile again\" " + CompiledRuleSet.MAX_FIRINGS + " times");
        });
    }

    @Test
    void aConditionThatThrowsNamesItsRule() {
        CompiledRuleSet ruleSet = RuleSets.compiled(shippedPlus("scoring/lookup.drl", """
                package scoring;
                import org.steward.scoring.facts.*;

                global ScoringParameters params;

                rule "Plans with a discount ceiling"
                when
                    AccountProfile( params.number("discount." + plan) > 0 )
                then
                end
                """));

        ScoringResult result = new AccountScorer(ruleSet).score(healthy("acme").on(TODAY));

        assertThat(result).isInstanceOfSatisfying(ScoringFailure.class, failure -> {
            assertThat(failure.ruleName()).isEqualTo("Plans with a discount ceiling");
            assertThat(failure.message()).contains("unknown scoring parameter 'discount.growth'");
        });
    }

    @Test
    void aRuleSetThatConcludesNoHealthScoreIsAFailureWithoutARule() {
        CompiledRuleSet ruleSet = RuleSets.compiled(Map.of("scoring/parameters.properties", "x=1\n",
                "scoring/empty.drl", "package scoring;\nimport org.steward.scoring.facts.*;\n"
                        + "rule \"Noticing is not scoring\"\nwhen\n    AccountProfile()\nthen\nend\n"));

        ScoringResult result = new AccountScorer(ruleSet).evaluate(new AccountFacts("acme", TODAY, Facts.parameters(),
                List.of(Facts.account())));

        assertThat(result).isInstanceOfSatisfying(ScoringFailure.class, failure -> {
            assertThat(failure.ruleName()).isNull();
            assertThat(failure.message()).isEqualTo("the rule set concluded no health score for account acme");
        });
    }

    @Test
    void scoringOnSeveralThreadsGivesTheSameAssessmentsAsOneThread() throws Exception {
        AccountScorer scorer = new AccountScorer(RuleSets.shipped());
        List<AccountSnapshot> book = IntStream.range(0, 40)
                .mapToObj(i -> healthy("a" + i).usage(TODAY.minusDays(13), TODAY, 100 - 2 * i, 75).on(TODAY)).toList();
        List<ScoringResult> sequential = book.stream().map(scorer::score).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoringResult>> parallel = book.stream().map(s -> pool.submit(() -> scorer.score(s))).toList();
            for (int i = 0; i < book.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
