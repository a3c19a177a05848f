package org.steward.scoring.facts;

/**
 * One measured part of a layer: {@code score} 0–100, its {@code weight} inside the layer, and the
 * sentence a CSM reads ("logins last week 65 against a baseline of 100 a week").
 */
public record LayerComponent(Layer layer, String name, double score, double weight, String explanation) {
}
