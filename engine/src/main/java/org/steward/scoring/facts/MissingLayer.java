package org.steward.scoring.facts;

/** A layer that cannot be scored for this account (e.g. no CSM assessment yet); its weight is redistributed. */
public record MissingLayer(Layer layer, String reason) {
}
