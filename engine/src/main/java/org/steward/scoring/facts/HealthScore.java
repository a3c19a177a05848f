package org.steward.scoring.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The health score 0–100 with each layer's contribution and notes such as a redistributed weight. */
public record HealthScore(int score, List<LayerContribution> contributions, List<String> notes) {

    public HealthScore {
        contributions = List.copyOf(contributions);
        notes = List.copyOf(notes);
    }

    /**
     * Weighted sum of the layer scores, the weights taken from {@code layer.<key>.weight}. The weight of a
     * missing layer is shared by the present layers in proportion to their own weights, and a note says so.
     */
    public static HealthScore combine(ScoringParameters parameters, Collection<LayerScore> layers,
            Collection<MissingLayer> missing) {
        List<LayerScore> present = layers.stream().sorted(Comparator.comparing(LayerScore::layer)).toList();
        double presentWeight = present.stream().mapToDouble(l -> weightOf(parameters, l.layer())).sum();
        if (presentWeight <= 0) {
            throw new IllegalStateException("no layer with a positive weight to score");
        }
        List<LayerContribution> contributions = new ArrayList<>();
        double total = 0;
        for (LayerScore layer : present) {
            double weight = weightOf(parameters, layer.layer());
            double effective = 100 * weight / presentWeight;
            double points = layer.score() * weight / presentWeight;
            total += points;
            contributions.add(new LayerContribution(layer.layer(), RuleMath.round(layer.score(), 1), weight,
                    RuleMath.round(effective, 1), RuleMath.round(points, 1), layer.explanation()));
        }
        List<String> notes = new ArrayList<>();
        for (MissingLayer gone : missing.stream().sorted(Comparator.comparing(MissingLayer::layer)).toList()) {
            notes.add("No " + gone.layer().label() + " layer (" + gone.reason() + "): its "
                    + RuleMath.format(weightOf(parameters, gone.layer())) + "% weight is redistributed: "
                    + String.join(", ", contributions.stream()
                            .map(c -> c.layer().label() + " " + RuleMath.format(c.effectiveWeight()) + "%").toList()));
        }
        int score = (int) Math.max(0, Math.min(100, Math.round(total)));
        return new HealthScore(score, contributions, notes);
    }

    private static double weightOf(ScoringParameters parameters, Layer layer) {
        return parameters.number("layer." + layer.key() + ".weight");
    }
}
