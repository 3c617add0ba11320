package org.claimbench.domain;

public enum CitationKind { STATUTE, REGULATION, CASE, EXHIBIT }
