package org.claimbench.domain;

/**
 * Whether a passage still sits on its quote: as made, found again after a text change, lost, or on text the user
 * corrected after the passage was made (its quote keeps the words as they were first read).
 */
public enum AnchorState { ANCHORED, REANCHORED, LOST, CORRECTED }
