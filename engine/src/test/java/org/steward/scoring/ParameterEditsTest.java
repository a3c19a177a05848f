package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParameterEditsTest {

    private static final String FILE = """
            # Layers
            layer.usage.weight=45
            layer.relationship.weight = 30
            # Tiers
            tier.green.min=70
            segment.ENTERPRISE.tier.green.min=75
            """;

    @Test
    void aChangedKeyKeepsItsLineAndTheCommentsAround() {
        String changed = ParameterEdits.apply(FILE, Map.of("layer.relationship.weight", "25", "tier.green.min", "72"));

        assertThat(changed).isEqualTo("""
                # Layers
                layer.usage.weight=45
                layer.relationship.weight=25
                # Tiers
                tier.green.min=72
                segment.ENTERPRISE.tier.green.min=75
                """);
    }

    @Test
    void aNewKeyIsAppendedAndANullValueRemovesTheKey() {
        Map<String, String> changes = new HashMap<>();
        changes.put("segment.ENTERPRISE.tier.green.min", null);
        changes.put("segment.SMB.tier.green.min", "65");

        assertThat(ParameterEdits.apply(FILE, changes)).isEqualTo("""
                # Layers
                layer.usage.weight=45
                layer.relationship.weight = 30
                # Tiers
                tier.green.min=70
                segment.SMB.tier.green.min=65
                """);
    }

    @Test
    void aKeyWrittenTwiceEndsUpOnceWithTheNewValue() {
        String changed = ParameterEdits.apply("a=1\nb=2\na=3\n", Map.of("a", "9"));

        assertThat(changed).isEqualTo("a=9\nb=2\n");
    }

    @Test
    void keysAndValuesThatWouldBreakTheFileAreProblems() {
        Map<String, String> changes = new HashMap<>();
        changes.put("tier.green.min", "70\nsystem=1");
        changes.put("bad key", "1");
        changes.put("tier.yellow.min", " ");
        changes.put("layer.usage.weight", "50");

        assertThat(ParameterEdits.problems(changes)).containsOnlyKeys("tier.green.min", "bad key", "tier.yellow.min");
    }
}
