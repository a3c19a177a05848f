package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void shippedRuleSetCompiles() {
        RuleSetCompilation compilation = compiler.compile(ShippedRuleSet.files());
        assertThat(compilation).isInstanceOf(CompiledRuleSet.class);
    }
}
