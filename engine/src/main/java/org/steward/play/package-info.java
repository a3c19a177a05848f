/**
 * Plays: running playbooks, one jBPM process instance each, and their history. {@link org.steward.play.SavePlays}
 * starts and ends save plays; {@link org.steward.play.PlayStarted} and {@link org.steward.play.PlayEnded} say when
 * any play started or ended and why. The history ({@code GET /api/v1/plays}) outlives the process instances, which
 * jBPM deletes when they finish.
 */
package org.steward.play;
