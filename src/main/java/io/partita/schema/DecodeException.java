package io.partita.schema;

/** Why a key or value cannot be decoded; becomes a {@link io.partita.model.DecodedValue.Failed}, never escapes. */
final class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    DecodeException(String reason) {
        super(reason, null, false, false);
    }
}
