package io.partita.model;

/** How an ACL's resource name matches: the exact name, or every name that starts with it. */
public enum AclPatternType {
    LITERAL, PREFIXED
}
