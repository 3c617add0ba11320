package org.claimbench.domain;

/** One step of a word-level comparison: words both versions share, words only the new one has, words only the old one had. */
public enum DiffOp { EQUAL, INSERT, DELETE }
