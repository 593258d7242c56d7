package io.partita.model;

/** The kind of resource an ACL is about; the names match Kafka's {@code ResourceType}. */
public enum AclResourceType {
    TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID, DELEGATION_TOKEN, USER;

    /** The only name a CLUSTER resource has. */
    public static final String CLUSTER_NAME = "kafka-cluster";
}
