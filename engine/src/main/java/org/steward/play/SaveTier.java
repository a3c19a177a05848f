package org.steward.play;

/** The tier that asked for a save play: yellow gets a CSM check-in, red a recovery plan and a team lead alert. */
public enum SaveTier {
    YELLOW, RED
}
