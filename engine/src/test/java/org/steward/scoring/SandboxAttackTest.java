package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.scoring.facts.AccountProfile;

/**
 * Attacks on the sandbox where the code runs: each DRL below is handed straight to the bytecode check, past the
 * checks on the text (which refuse most of them earlier), as if an attacker had found a way through those. Every
 * one must be refused by what its compiled classes call, with the rule named; rules that run forever, recurse
 * without end or allocate without bound must stop within their limits, and the engine must go on scoring.
 */
class SandboxAttackTest {

    private static final String PARAMETERS = "tier.green.min=70\n";
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "steward-sandbox-attack-marker");

    static Stream<Arguments> attacks() {
        return Stream.of(
                attack("the context's class loader, unlocked by a function's parameter names", """
                        function void unlock(Object getKieRuntime, Object getKieBase, Object getClassLoader) { }
                        rule "reach the class loader"
                        when AccountProfile()
                        then Object loader = drools.getKieRuntime().getKieBase().getClass().getClassLoader();
                        end""", "reach the class loader", "getKieRuntime"),
                attack("the knowledge base through kcontext", """
                        rule "reach the knowledge base"
                        when AccountProfile()
                        then kcontext.getKieRuntime().getKieBase().newKieSession();
                        end""", "reach the knowledge base", "getKieRuntime"),
                attack("the engine behind the context", """
                        rule "reach the runtime"
                        when AccountProfile()
                        then drools.getRuntime(Object.class);
                        end""", "reach the runtime", "getRuntime"),
                attack("the context as the knowledge helper", """
                        rule "cast the context"
                        when AccountProfile()
                        then ((org.drools.modelcompiler.consequence.DroolsImpl) drools).asKnowledgeHelper().halt();
                        end""", "cast the context", "DroolsImpl"),
                attack("a process", """
                        rule "run a command"
                        when AccountProfile()
                        then Runtime.getRuntime().exec(new String[] {"touch", "/tmp/x"});
                        end""", "run a command", "java.lang.Runtime"),
                attack("a process builder", """
                        rule "build a process"
                        when AccountProfile()
                        then new ProcessBuilder("id").start();
                        end""", "build a process", "java.lang.ProcessBuilder"),
                attack("ending the server", """
                        rule "exit"
                        when AccountProfile()
                        then System.exit(1);
                        end""", "exit", "exit"),
                attack("reading a file", """
                        rule "read passwd"
                        when AccountProfile()
                        then java.nio.file.Files.readAllLines(java.nio.file.Path.of("/etc/passwd"));
                        end""", "read passwd", "java.nio.file"),
                attack("a socket", """
                        rule "connect"
                        when AccountProfile()
                        then new java.net.Socket("127.0.0.1", 3306);
                        end""", "connect", "java.net.Socket"),
                attack("reflection from a constraint", """
                        rule "reflect in a constraint"
                        when AccountProfile( plan.getClass().getName() != null )
                        then
                        end""", "reflect in a constraint", "getClass"),
                attack("class loading from a function", """
                        function Object load(String name) { return Thread.currentThread().getContextClassLoader(); }
                        rule "use the function"
                        when AccountProfile()
                        then load("x");
                        end""", "function load", "java.lang.Thread"),
                attack("a method reference to the runtime", """
                        rule "refer to the runtime"
                        when AccountProfile()
                        then java.util.function.Supplier<Object> s = Runtime::getRuntime; s.get();
                        end""", "refer to the runtime", "getRuntime"),
                attack("the KIE API", """
                        rule "new container"
                        when AccountProfile()
                        then org.kie.api.KieServices.Factory.get().newKieClasspathContainer();
                        end""", "new container", "org.kie.api"),
                attack("an endless stream", """
                        rule "endless stream"
                        when AccountProfile()
                        then java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum();
                        end""", "endless stream", "range"),
                attack("a huge repetition", """
                        rule "repeat"
                        when AccountProfile()
                        then "x".repeat(1000000000).length();
                        end""", "repeat", "repeat"));
    }

    private static Arguments attack(String name, String drl, String rule, String call) {
        return Arguments.of(name, "package scoring;\nimport org.steward.scoring.facts.*;\n" + drl + "\n", rule, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void whatTheCompiledRuleCallsIsRefusedWithTheRuleNamed(String name, String drl, String rule, String call) {
        RuleSetCompilation compilation = buildPastTheTextChecks(drl);

        assertThat(compilation).as(name).isInstanceOf(RuleSetProblems.class);
        List<RuleSetProblem> problems = ((RuleSetProblems) compilation).problems();
        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.kind()).isIn(RuleSetProblem.Kind.SANDBOX, RuleSetProblem.Kind.COMPILER);
            assertThat(problem.message()).contains(call);
            if (problem.kind() == RuleSetProblem.Kind.SANDBOX) {
                assertThat(problem.message()).contains(rule);
                assertThat(problem.path()).isEqualTo("scoring/attack.drl");
                assertThat(problem.line()).isPositive();
            }
        });
        assertThat(problems).as(name + ": refused by the bytecode check").anyMatch(p -> p.kind() == RuleSetProblem.Kind.SANDBOX);
    }

    @Test
    void theAttackThatRanACommandIsRefusedOnBothPaths() throws Exception {
        Files.deleteIfExists(MARKER);
        String drl = """
                package scoring;
                import org.steward.scoring.facts.*;
                function void unlock(Object getKieRuntime, Object getKieBase, Object getClassLoader, Object loadClass) { }
                rule "load a class of its own"
                when AccountProfile()
                then drools.getKieRuntime().getKieBase().getClass().getClassLoader().loadClass("java.lang.Runtime");
                     Runtime.getRuntime().exec(new String[] {"touch", "%s"});
                end
                """.formatted(MARKER);

        assertThat(new RuleSetCompiler().compile(files(drl))).isInstanceOf(RuleSetProblems.class);
        assertThat(buildPastTheTextChecks(drl)).isInstanceOf(RuleSetProblems.class);
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void aRuleThatLoopsForeverFailsItsAccountWithinTheLimitAndTheEngineGoesOn() {
        CompiledRuleSet looping = compiledPastTheTextChecks("""
                rule "spin"
                when AccountProfile()
                then long n = 0; while (true) { n++; }
                end""");

        long started = System.nanoTime();
        assertThatFailure(looping, "spin").contains("did not finish within 300 ms");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms until the loop was stopped").isLessThan(5_000);
        assertThatFailure(looping, "spin").contains("did not finish within 300 ms");
        assertThat(Thread.currentThread().isInterrupted()).as("the stop's interrupt is cleared").isFalse();
        assertThat(RuleSets.shipped().run("acme", Facts.parameters(), List.of(Facts.account())).rulesFired()).isNotEmpty();
    }

    @Test
    void aRuleThatCatchesItsStopIsStoppedAgainAtItsNextTurn() {
        CompiledRuleSet stubborn = compiledPastTheTextChecks("""
                rule "refuse to stop"
                when AccountProfile()
                then
                    long n = 0;
                    while (true) {
                        try { while (true) { n++; } } catch (RuntimeException e) { n--; }
                    }
                end""");

        assertThatFailure(stubborn, "refuse to stop").contains("did not finish within");
    }

    @Test
    void endlessRecursionFailsTheAccount() {
        CompiledRuleSet recursive = compiledPastTheTextChecks("""
                function int deeper(int n) { return deeper(n + 1) + 1; }
                rule "recurse"
                when AccountProfile()
                then deeper(0);
                end""");

        assertThatFailure(recursive, "recurse").containsAnyOf("recursion too deep", "did not finish");
    }

    @Test
    void hugeAllocationsAreRefusedOrStopped() {
        CompiledRuleSet array = compiledPastTheTextChecks("""
                rule "huge array"
                when AccountProfile()
                then long[] big = new long[Integer.MAX_VALUE - 8];
                end""");
        CompiledRuleSet growing = compiledPastTheTextChecks("""
                rule "growing list"
                when AccountProfile()
                then java.util.List<String> all = new java.util.ArrayList<>(); while (true) { all.add("x" + all.size()); }
                end""");

        assertThatFailure(array, "huge array").contains("longer than rules may allocate");
        assertThatFailure(growing, "growing list").containsAnyOf("allocated more than 64 MB", "did not finish within");
        assertThat(RuleSets.shipped().run("acme", Facts.parameters(), List.of(Facts.account())).rulesFired()).isNotEmpty();
    }

    @Test
    void theShippedRulesPassTheBytecodeCheck() {
        assertThat(RuleSets.shipped()).isNotNull();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatFailure(CompiledRuleSet ruleSet, String rule) {
        AccountProfile account = Facts.account();
        try {
            ruleSet.run("acme", Facts.parameters(), List.of(account));
        } catch (RuleFailureException e) {
            assertThat(e.ruleName()).isEqualTo(rule);
            return assertThat(e.getMessage());
        }
        throw new AssertionError("the rule '" + rule + "' was not stopped");
    }

    private static CompiledRuleSet compiledPastTheTextChecks(String rules) {
        RuleSetCompilation compilation = buildPastTheTextChecks(
                "package scoring;\nimport org.steward.scoring.facts.*;\n" + rules + "\n");
        assertThat(compilation).as("compilation").isInstanceOf(CompiledRuleSet.class);
        return (CompiledRuleSet) compilation;
    }

    private static RuleSetCompilation buildPastTheTextChecks(String drl) {
        List<RuleSetProblem> problems = new ArrayList<>();
        ParameterSet parameters = ParameterSet.parse(RuleSets.PARAMETERS, PARAMETERS, problems);
        assertThat(problems).isEmpty();
        return new RuleSetCompiler().build(files(drl), parameters);
    }

    private static Map<String, String> files(String drl) {
        return Map.of("scoring/attack.drl", drl, RuleSets.PARAMETERS, PARAMETERS);
    }
}
