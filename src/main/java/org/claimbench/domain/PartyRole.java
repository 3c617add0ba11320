package org.claimbench.domain;

public enum PartyRole { PLAINTIFF, DEFENDANT, OTHER }
