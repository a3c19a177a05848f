package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test fixture: the shipped rule set, or some of its files, compiled once per JVM and shared. */
final class RuleSets {

    static final String DIR = "scoring/";
    static final String PARAMETERS = DIR + RuleSetCompiler.PARAMETERS_FILE;

    private static final Map<String, CompiledRuleSet> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, String> SHIPPED = ShippedRuleSet.files();

    private RuleSets() {
    }

    static CompiledRuleSet shipped() {
        return COMPILED.computeIfAbsent("*", key -> compiled(SHIPPED));
    }

    /** Only the named DRL files of {@code rules/scoring/} (e.g. "tier.drl"), with the shipped parameters. */
    static CompiledRuleSet only(String... drlFiles) {
        return COMPILED.computeIfAbsent(String.join(",", drlFiles), key -> compiled(files(drlFiles)));
    }

    /** The named DRL files with the shipped parameters followed by {@code extraParameters} lines. */
    static CompiledRuleSet withParameters(String extraParameters, String... drlFiles) {
        Map<String, String> files = files(drlFiles);
        files.put(PARAMETERS, files.get(PARAMETERS) + "\n" + extraParameters + "\n");
        return compiled(files);
    }

    static Map<String, String> files(String... drlFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PARAMETERS, SHIPPED.get(PARAMETERS));
        Arrays.stream(drlFiles).forEach(name -> files.put(DIR + name, source(name)));
        return files;
    }

    static String source(String drlFile) {
        String source = SHIPPED.get(DIR + drlFile);
        assertThat(source).as("shipped rule file " + drlFile).isNotNull();
        return source;
    }

    static CompiledRuleSet compiled(Map<String, String> files) {
        RuleSetCompilation compilation = new RuleSetCompiler().compile(files);
        assertThat(compilation).as("compilation of %s", files.keySet()).isInstanceOf(CompiledRuleSet.class);
        return (CompiledRuleSet) compilation;
    }
}
