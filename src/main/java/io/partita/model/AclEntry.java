package io.partita.model;

import java.util.Optional;

/**
 * One ACL binding: {@code principal} from {@code host} is allowed/denied {@code operation} on the resource.
 *
 * @param principal    "User:alice" (type, colon, name); "User:*" is every user
 * @param host         an IP address, or "*" for any host
 * @param resourceName a name, or a prefix when {@code patternType} is PREFIXED; "*" (LITERAL) is every resource of
 *                     the type; {@link AclResourceType#CLUSTER_NAME} for the cluster
 */
public record AclEntry(String principal, String host, AclOperation operation, AclPermission permission,
                       AclResourceType resourceType, String resourceName, AclPatternType patternType) {

    public AclEntry {
        principal = principal == null ? "" : principal.strip();
        host = host == null || host.isBlank() ? "*" : host.strip();
        resourceName = resourceType == AclResourceType.CLUSTER && (resourceName == null || resourceName.isBlank())
                ? AclResourceType.CLUSTER_NAME : resourceName == null ? "" : resourceName.strip();
        patternType = patternType == null ? AclPatternType.LITERAL : patternType;
    }

    /** Why the broker would refuse this binding, in words; empty when it looks fine. */
    public Optional<String> problem() {
        int colon = principal.indexOf(':');
        if (colon <= 0 || colon == principal.length() - 1) {
            return Optional.of("principal must look like User:alice (type, colon, name)");
        }
        if (operation == null || permission == null || resourceType == null) {
            return Optional.of("operation, permission and resource type are required");
        }
        if (resourceName.isEmpty()) {
            return Optional.of("resource name is required (\"*\" for every " + resourceType.name().toLowerCase()
                    + ")");
        }
        if (resourceType == AclResourceType.CLUSTER && !resourceName.equals(AclResourceType.CLUSTER_NAME)) {
            return Optional.of("the cluster resource is always named " + AclResourceType.CLUSTER_NAME);
        }
        if (patternType == AclPatternType.PREFIXED && resourceName.equals("*")) {
            return Optional.of("a PREFIXED pattern cannot be \"*\"; use LITERAL \"*\" for every resource");
        }
        return Optional.empty();
    }

    /** "User:alice ALLOW READ on TOPIC orders (PREFIXED) from *". */
    public String describe() {
        return principal + " " + permission + " " + operation + " on " + resourceType + " " + resourceName
                + (patternType == AclPatternType.PREFIXED ? " (prefix)" : "") + " from " + host;
    }
}
