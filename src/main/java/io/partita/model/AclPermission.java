package io.partita.model;

/** Whether an ACL allows or denies; the names match Kafka's {@code AclPermissionType}. DENY wins over ALLOW. */
public enum AclPermission {
    ALLOW, DENY
}
