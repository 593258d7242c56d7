package io.partita.model;

/**
 * Which ACL bindings to list or delete; a null field matches anything. {@code resourceName} matches the binding's
 * name exactly (with {@code patternType} null, both literal and prefixed bindings of that name).
 */
public record AclQuery(String principal, String host, AclOperation operation, AclPermission permission,
                       AclResourceType resourceType, String resourceName, AclPatternType patternType) {

    public AclQuery {
        principal = blankToNull(principal);
        host = blankToNull(host);
        resourceName = blankToNull(resourceName);
    }

    public static AclQuery any() {
        return new AclQuery(null, null, null, null, null, null, null);
    }

    /** Exactly this binding. */
    public static AclQuery exactly(AclEntry entry) {
        return new AclQuery(entry.principal(), entry.host(), entry.operation(), entry.permission(),
                entry.resourceType(), entry.resourceName(), entry.patternType());
    }

    /** True when no field is set: such a query matches every binding of the cluster. */
    public boolean matchesEverything() {
        return principal == null && host == null && operation == null && permission == null && resourceType == null
                && resourceName == null && patternType == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
