package org.steward.scoring;

import java.time.Instant;

/**
 * One stored rule-set version: its number, the version it was based on (null for a complete set) and who
 * published it when and why. Its files are read with {@link RuleSetVersions#files(int)}. Versions never change.
 */
public record RuleSetVersion(int version, Integer basedOn, Instant publishedAt, String publishedBy, String note) {
}
