package org.claimbench.domain;

/** Whether a passage still sits on its quote: as made, found again after a text change, or lost. */
public enum AnchorState { ANCHORED, REANCHORED, LOST }
