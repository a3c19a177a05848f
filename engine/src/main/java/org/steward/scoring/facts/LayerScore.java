package org.steward.scoring.facts;

import java.util.List;

/** A layer's score 0–100, the weighted mean of its components, with their explanations. */
public record LayerScore(Layer layer, double score, List<String> explanation) {

    public LayerScore {
        explanation = List.copyOf(explanation);
    }
}
