package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.scoring.RuleSetProblem.Kind;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    private static Map<String, String> ruleSet(String drl) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("scoring/parameters.properties", "tier.green.min=70\n");
        files.put("scoring/custom.drl", drl);
        return files;
    }

    private List<RuleSetProblem> problems(Map<String, String> files) {
        RuleSetCompilation compilation = compiler.compile(files);
        assertThat(compilation).isInstanceOf(RuleSetProblems.class);
        return ((RuleSetProblems) compilation).problems();
    }

    @Test
    void theShippedRuleSetCompilesWithItsRulesNamedForTheirIntent() {
        CompiledRuleSet compiled = RuleSets.shipped();

        assertThat(compiled.ruleNames()).hasSize(56).contains(
                "Logins down more than 30% against baseline for two consecutive weeks",
                "Seat utilisation above 80% for three consecutive months",
                "No CSM assessment yet: its weight is shared by the other layers",
                "The best-ranked candidate is played in the primary contact's DISC style");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileLineAndColumn() {
        List<RuleSetProblem> problems = problems(ruleSet("""
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Broken parenthesis"
                when
                    AccountProfile( seatsPurchased > 10
                then
                end
                """));

        assertThat(problems).isNotEmpty().allMatch(p -> p.kind() == Kind.COMPILER && p.path().equals("scoring/custom.drl"));
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).as("'then' starts the line").isEqualTo(1);
            assertThat(problem.message()).contains("mismatched input 'then' in rule \"Broken parenthesis\"");
        });
        assertThat(problems).extracting(RuleSetProblem::message).doesNotContain("Parser returned a null Package");
    }

    @Test
    void aTypoInAFieldIsReportedWithItsLine() {
        List<RuleSetProblem> problems = problems(ruleSet("""
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Misspelt field"
                when
                    AccountProfile( seatsPurchsed > 10 )
                then
                end
                """));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.SANDBOX);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("seatsPurchsed");
        });
    }

    @Test
    void aWrongTypeInAConsequenceIsACompilerErrorWithItsLine() {
        List<RuleSetProblem> problems = problems(ruleSet("""
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Wrong type"
                when
                    $a : AccountProfile()
                then
                    int seats = $a.plan();
                end
                """));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.COMPILER);
            assertThat(problem.path()).isEqualTo("scoring/custom.drl");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("Type mismatch");
        });
    }

    @Test
    void aParameterTheRuleSetDoesNotDefineIsReportedWithItsLine() {
        List<RuleSetProblem> problems = problems(ruleSet("""
                package scoring;
                import org.steward.scoring.facts.*;

                global ScoringParameters params;
                rule "Reads a missing parameter"
                when
                    HealthScore( score >= params.whole("tier.gren.min") )
                then
                end
                """));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.PARAMETERS);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).isEqualTo("parameter 'tier.gren.min' is not defined in parameters.properties");
        });
    }

    @Test
    void badParameterLinesAndOverridesAreReported() {
        Map<String, String> files = ruleSet("package scoring;\n");
        files.put("scoring/parameters.properties", """
                # comment
                tier.green.min=70
                tier.yellow.min
                segment.LARGE.tier.green.min=80
                segment.SMB.tier.red.min=10
                """);

        assertThat(problems(files)).extracting(RuleSetProblem::line, RuleSetProblem::message).containsExactlyInAnyOrder(
                tuple(3, "expected key=value, got 'tier.yellow.min'"),
                tuple(4,
                        "'segment.LARGE.tier.green.min' is not segment.<ENTERPRISE|MID_MARKET|SMB>.<key>"),
                tuple(0, "'segment.SMB.tier.red.min' overrides a key with no default"));
    }

    @Test
    void aRuleSetNeedsParametersDrlFilesAndPlainPaths() {
        assertThat(problems(Map.of("scoring/a.drl", "package scoring;\n"))).extracting(RuleSetProblem::message)
                .containsExactly("the rule set has no parameters.properties");
        assertThat(problems(Map.of("parameters.properties", "a=1\n", "../etc/passwd.drl", "package x;\n",
                "scoring/notes.txt", "hello"))).extracting(RuleSetProblem::path)
                .containsExactlyInAnyOrder("../etc/passwd.drl", "scoring/notes.txt", "");
    }

    @Test
    void compilingTwiceGivesIndependentRuleSets() {
        String drl = """
                package scoring;
                import org.steward.scoring.facts.*;
                rule "Every account is noticed"
                when
                    AccountProfile()
                then
                end
                """;
        CompiledRuleSet first = (CompiledRuleSet) compiler.compile(ruleSet(drl));
        CompiledRuleSet second = (CompiledRuleSet) compiler.compile(ruleSet(drl.replace("noticed", "seen")));

        assertThat(first.ruleNames()).containsExactly("Every account is noticed");
        assertThat(second.ruleNames()).containsExactly("Every account is seen");
    }
}
