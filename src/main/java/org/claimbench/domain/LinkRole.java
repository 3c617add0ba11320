package org.claimbench.domain;

public enum LinkRole { ASSERTS, SUPPORTS, CONTRADICTS, CONTEXT }
