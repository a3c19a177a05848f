package org.steward.scoring.facts;

import java.util.List;

/**
 * How much one layer gave to the health score: its score, the weight the parameters give it, the weight
 * it carried after missing layers were redistributed (both in %), and the points it contributed.
 */
public record LayerContribution(Layer layer, double score, double weight, double effectiveWeight, double points,
        List<String> explanation) {

    public LayerContribution {
        explanation = List.copyOf(explanation);
    }
}
