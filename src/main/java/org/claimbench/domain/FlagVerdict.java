package org.claimbench.domain;

/** What the user made of a wording flag: it stands (confirmed), or it does not apply here (dismissed). */
public enum FlagVerdict { CONFIRMED, DISMISSED }
