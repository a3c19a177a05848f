package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Attack rule sets: each must be refused before it reaches a compiler, with the line of the attack. */
class DrlSandboxTest {

    private static final String HEADER = """
            package scoring;
            import org.steward.scoring.facts.*;
            """;

    /** A rule whose condition is {@code when} and whose consequence is {@code then}; the latter starts on line 7. */
    private static String rule(String when, String then) {
        return HEADER + """
                rule "attack"
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                attack("import of java.io", HEADER + "import java.io.File;\n" + rule("AccountProfile()", ""), 3,
                        "import of 'java.io.File' is not allowed"),
                attack("import of reflection", HEADER + "import java.lang.reflect.Method;\n", 3,
                        "import of 'java.lang.reflect.Method' is not allowed"),
                attack("import function", HEADER + "import function java.lang.System.exit;\n", 3,
                        "'import function' is not allowed"),
                attack("fully-qualified System without import", rule("AccountProfile()", "java.lang.System.exit(0);"), 7,
                        "unknown name 'java'"),
                attack("fully-qualified File in a consequence",
                        rule("AccountProfile()", "new java.io.File(\"/etc/passwd\").delete();"), 7, "unknown name 'java'"),
                attack("System by its simple name", rule("AccountProfile()", "System.exit(0);"), 7,
                        "'System' is not a type rules may use"),
                attack("Runtime exec", rule("AccountProfile()", "Runtime.getRuntime().exec(\"rm -rf /\");"), 7,
                        "'Runtime' is not a type"),
                attack("ProcessBuilder", rule("AccountProfile()", "new ProcessBuilder(\"sh\").start();"), 7,
                        "'ProcessBuilder' is not a type"),
                attack("Thread", rule("AccountProfile()", "Thread.sleep(100000);"), 7, "'Thread' is not a type"),
                attack("Class.forName", rule("AccountProfile()", "Class.forName(\"java.lang.Runtime\");"), 7,
                        "'Class' is not a type"),
                attack("class loader from a fact", rule("$a : AccountProfile()",
                        "$a.getClass().getClassLoader().loadClass(\"x\");"), 7, "'getClass' is not allowed"),
                attack("class literal", rule("AccountProfile()", "String.class.getMethods();"), 7,
                        "class literals (.class) are not allowed"),
                attack("reflection in a condition", rule("AccountProfile( plan.getClass().getDeclaredMethods() != null )",
                        ""), 5, "'getClass' is not allowed"),
                attack("eval reaching Runtime", rule("eval( java.lang.Runtime.getRuntime() != null )", ""), 5,
                        "unknown name 'java'"),
                attack("function reaching the environment", HEADER + """
                        function String secret() {
                            return System.getenv("DB_PASSWORD");
                        }
                        """, 4, "'System' is not a type"),
                attack("function reaching the file system", HEADER + """
                        function void wipe() {
                            java.nio.file.Files.delete(java.nio.file.Path.of("/data"));
                        }
                        """, 4, "unknown name 'java'"),
                attack("from expression reaching files", rule(
                        "$line : String() from java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/etc/passwd\"))",
                        ""), 5, "unknown name 'java'"),
                attack("salience expression", HEADER + """
                        rule "attack"
                            salience ( java.lang.System.currentTimeMillis() )
                        when
                        then
                        end
                        """, 4, "unknown name 'java'"),
                attack("accumulate action code", rule("""
                        accumulate( AccountProfile(); $n : count(1) )
                            $x : Object() from accumulate( AccountProfile(),
                                init( Object o = null; ) action( System.exit(1); ) result( o ) )""", ""), 7,
                        "'System' is not a type"),
                attack("global of a JDK service", HEADER + "global java.util.concurrent.ExecutorService pool;\n", 3,
                        "unknown name 'java'"),
                attack("code placed in a JDK package", "package java.lang;\n" + rule("AccountProfile()", "")
                        .substring(HEADER.indexOf('\n') + 1), 1, "package 'java.lang' must be 'scoring', the file's folder"),
                attack("code placed in Steward's own package", "package org.steward.scoring;\n"
                        + rule("AccountProfile()", "").substring(HEADER.indexOf('\n') + 1), 1,
                        "package 'org.steward.scoring' must be 'scoring'"),
                attack("a global the scorer does not set", HEADER + "global String shared;\n", 3,
                        "the only global a rule set may declare is 'global ScoringParameters params;'"),
                attack("declared field of type File", HEADER + "declare Loot\n    file : java.io.File\nend\n", 4,
                        "unknown name 'java'"),
                attack("declared type hiding java.lang.System", HEADER + "declare System\n    out : String\nend\n", 3,
                        "would hide java.lang.System"),
                attack("method reference to getClass", rule("AccountProfile()",
                        "java.util.function.Function f = Object::getClass;"), 7, "unknown name 'java'"),
                attack("method reference alone", rule("$a : AccountProfile()",
                        "Object o = ((java.util.function.Supplier) $a::getClass).get();"), 7, "'getClass' is not allowed"),
                attack("engine internals", rule("AccountProfile()", "drools.getKieRuntime().getKieBase();"), 7,
                        "'getKieRuntime' is not allowed"),
                attack("the wall clock", rule("AccountProfile()", "LocalDate d = java.time.LocalDate.now();"), 7,
                        "unknown name 'java'"),
                attack("unicode escape for System", rule("AccountProfile()", "\\u0053ystem.exit(0);"), 7,
                        "Unicode escapes"),
                attack("unicode newline ending a comment", rule("AccountProfile()",
                        "// harmless \\u000a Runtime.getRuntime().halt(0);"), 7, "Unicode escapes"),
                attack("unicode escape inside a string", rule("AccountProfile()", "String s = \"\\u0022+System.exit(0)+\\u0022\";"),
                        7, "Unicode escapes"),
                attack("invisible character inside a name", rule("AccountProfile()", "Sys\u200Btem.exit(0);"), 7,
                        "must be plain ASCII"),
                attack("back-quoted name", rule("AccountProfile()", "`System`.exit(0);"), 7,
                        "'System' is not a type"),
                attack("code after a closed comment", rule("AccountProfile()", "/* looks like a comment */ System.exit(0);"),
                        7, "'System' is not a type"),
                attack("comment opener inside a string", rule("AccountProfile()",
                        "String s = \"/*\"; System.exit(0); String t = \"*/\";"), 7, "'System' is not a type"),
                attack("unclosed comment swallowing the rest", rule("AccountProfile()", "/* System.exit(0);"), 7,
                        "comment not closed"),
                attack("text block", rule("AccountProfile()", "String s = \"\"\"\n  x\"\"\"; System.exit(0);"), 7,
                        "text blocks"),
                attack("string spanning lines", rule("AccountProfile( plan == \"a\n\" )", ""), 5,
                        "string not closed on its line"),
                attack("mvel dialect", HEADER + "dialect \"mvel\"\n" + rule("AccountProfile()", ""), 3,
                        "dialect \"mvel\" is not allowed"),
                attack("synchronized block", rule("$a : AccountProfile()", "synchronized ($a) { }"), 7,
                        "'synchronized' is not allowed"),
                attack("local class", rule("AccountProfile()", "class Evil { }"), 7, "'class' is not allowed"),
                attack("anonymous class calling getClass", rule("AccountProfile()",
                        "Object o = new Object() { public String toString() { return getClass().getName(); } };"), 7,
                        "'getClass' is not allowed"),
                attack("changing the JVM's default locale through a fact", rule("$a : AccountProfile()",
                        "java.util.Locale.setDefault(null);"), 7, "unknown name 'java'"),
                attack("a package root declared as a variable", rule("AccountProfile()",
                        "String java = \"\"; java.lang.System.exit(0);"), 7, "unknown name 'java'"));
    }

    private static Arguments attack(String name, String drl, int line, String message) {
        return Arguments.of(name, drl, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void attacksAreRefusedWithTheirLine(String name, String drl, int line, String message) {
        RuleSetCompilation compilation = new RuleSetCompiler().compile(Map.of(
                "scoring/attack.drl", drl, RuleSets.PARAMETERS, "tier.green.min=70\n"));

        assertThat(compilation).isInstanceOf(RuleSetProblems.class);
        List<RuleSetProblem> problems = ((RuleSetProblems) compilation).problems();
        assertThat(problems).as(name).allMatch(problem -> problem.kind() == RuleSetProblem.Kind.SANDBOX)
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo("scoring/attack.drl");
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.message()).contains(message);
                });
    }

    @Test
    void everyShippedRuleFilePasses() {
        ShippedRuleSet.files().forEach((path, source) -> {
            if (path.endsWith(".drl")) {
                assertThat(DrlSandbox.check(source, "scoring").violations()).as(path).isEmpty();
            }
        });
    }

    @Test
    void wordsInCommentsAndStringsAreNotCode() {
        String drl = rule("AccountProfile( plan != \"System.exit(0)\" )", """
                // System.exit(0) would end the server, which is why rules cannot call it
                /* Runtime, Thread, java.io.File: all out of reach */
                insert(Signal.churn("x", "see java.lang.System"));""");

        assertThat(DrlSandbox.check(drl, "scoring").violations()).isEmpty();
    }

    @Test
    void theAllowListOpensValuesNotTheJvm() {
        SandboxAllowList allowList = SandboxAllowList.get();

        assertThat(List.of("System", "Runtime", "Thread", "ProcessBuilder", "Class", "ClassLoader", "File", "Files",
                "Method", "Unsafe", "ScriptEngineManager")).noneMatch(allowList::isType).noneMatch(allowList::isMember);
        assertThat(List.of("getClass", "getClassLoader", "forName", "loadClass", "exec", "exit", "halt", "invoke",
                "getDeclaredMethods", "setAccessible", "currentThread", "setDefault", "getDeclaringClass", "newInstance"))
                .noneMatch(allowList::isMember);
        assertThat(List.of("AccountProfile", "UsageWindow", "String", "Math", "List", "LocalDate", "Segment"))
                .allMatch(allowList::isType);
        assertThat(List.of("plan", "seatUtilisation", "number", "toLowerCase", "size", "plusDays", "ENTERPRISE",
                "MAX_VALUE", "stream", "collect")).allMatch(allowList::isMember);
    }

    @Test
    void aRuleSetWithAnAttackIsNotCompiledAtAll() {
        RuleSetCompilation compilation = new RuleSetCompiler().compile(Map.of(
                "scoring/ok.drl", rule("AccountProfile( plan == ", ""),
                "scoring/attack.drl", rule("AccountProfile()", "System.exit(0);"),
                RuleSets.PARAMETERS, "tier.green.min=70\n"));

        assertThat(((RuleSetProblems) compilation).problems()).extracting(RuleSetProblem::kind)
                .containsOnly(RuleSetProblem.Kind.SANDBOX);
    }
}
