package io.partita.schema;

/** A registry failure with a message meant for people, and a kind for code that must react to it. */
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Subject, version or schema id does not exist (404, error codes 40401/40402/40403). */
        NOT_FOUND,
        /** The schema is not compatible (409). */
        INCOMPATIBLE,
        /**
         * The request does not fit the subject's state: hard delete before soft delete, deleting twice, deleting a
         * schema others reference (Confluent 404 / Apicurio 409 with codes 40404–40407; 422 with 42206).
         */
        CONFLICT,
        /** The schema itself is invalid (422, 42201). */
        INVALID_SCHEMA,
        /** 401/403. */
        UNAUTHORIZED,
        /** Connection refused, unknown host, timeout. */
        UNREACHABLE,
        /** TLS handshake or certificate failure. */
        TLS,
        /** The answer was not what a Confluent-compatible registry sends (not JSON, wrong shape). */
        BAD_RESPONSE,
        /** Any other HTTP error. */
        HTTP
    }

    private final Kind kind;
    private final int httpStatus;
    private final int errorCode;

    public RegistryException(Kind kind, String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public RegistryException(Kind kind, String message) {
        this(kind, message, 0, 0, null);
    }

    public Kind kind() {
        return kind;
    }

    /** 0 when no HTTP answer was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code}, 0 when absent. */
    public int errorCode() {
        return errorCode;
    }
}
