package org.steward.scoring.facts;

/** The three layers of the health score; {@code key} names the layer in parameters ("layer.usage.weight"). */
public enum Layer {
    USAGE("usage", "product usage"),
    RELATIONSHIP("relationship", "relationship and contract"),
    ASSESSMENT("assessment", "CSM assessment");

    private final String key;
    private final String label;

    Layer(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
