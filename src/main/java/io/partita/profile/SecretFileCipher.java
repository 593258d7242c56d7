package io.partita.profile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The byte format of the encrypted secrets file, and its crypto. Layout (big-endian):
 * <pre>
 *   "PRTS" | version (1) | kdf id (1) | iterations (4) | salt length (1) | salt | nonce length (1) | nonce
 *   | AES-256-GCM ciphertext with its 128-bit tag
 * </pre>
 * The whole header is the GCM associated data, so changing any header byte (version, iterations, salt) fails
 * authentication like a changed ciphertext does. The key comes from PBKDF2-HMAC-SHA256 over the master password
 * and the salt; the salt stays for the file's life, the nonce is new on every write.
 */
final class SecretFileCipher {

    static final byte VERSION = 1;
    static final byte KDF_PBKDF2_SHA256 = 1;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final byte[] MAGIC = "PRTS".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A derived key with the header values it belongs to. */
    record Key(SecretKey aes, byte[] salt, int iterations) {
        @Override
        public String toString() {
            return "Key[" + iterations + " iterations]";
        }
    }

    private SecretFileCipher() {
    }

    /** A key for a new file: fresh salt. Slow on purpose (the KDF): never on the UI thread. */
    static Key newKey(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Key(derive(password, salt, iterations), salt, iterations);
    }

    /** Derives the key for an existing file and proves it by decrypting; returns the key and the plaintext. */
    static Opened open(byte[] file, char[] password) throws WrongMasterPasswordException {
        Header header = Header.parse(file);
        Key key = new Key(derive(password, header.salt, header.iterations), header.salt, header.iterations);
        return new Opened(key, decrypt(file, header, key));
    }

    record Opened(Key key, byte[] plaintext) {
    }

    /**
     * Decrypts with a key derived earlier (no KDF). Fails when the file now has another salt or iteration count,
     * i.e. it was written again with another master password.
     */
    static byte[] reopen(byte[] file, Key key) throws WrongMasterPasswordException {
        Header header = Header.parse(file);
        if (!Arrays.equals(header.salt, key.salt()) || header.iterations != key.iterations()) {
            throw new WrongMasterPasswordException();
        }
        return decrypt(file, header, key);
    }

    static byte[] encrypt(Key key, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = header(key, nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static byte[] decrypt(byte[] file, Header header, Key key) throws WrongMasterPasswordException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, header.nonce));
            cipher.updateAAD(file, 0, header.length);
            return cipher.doFinal(file, header.length, file.length - header.length);
        } catch (AEADBadTagException e) {
            throw new WrongMasterPasswordException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static SecretKey derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            SecretKey key = new SecretKeySpec(raw, "AES");
            Arrays.fill(raw, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] header(Key key, byte[] nonce) {
        return ByteBuffer.allocate(MAGIC.length + 1 + 1 + 4 + 1 + key.salt().length + 1 + nonce.length)
                .put(MAGIC).put(VERSION).put(KDF_PBKDF2_SHA256).putInt(key.iterations())
                .put((byte) key.salt().length).put(key.salt()).put((byte) nonce.length).put(nonce).array();
    }

    /** The parsed clear-text header; checked for shape only, authenticated later by GCM. */
    private record Header(byte[] salt, byte[] nonce, int iterations, int length) {

        static Header parse(byte[] file) {
            ByteBuffer in = ByteBuffer.wrap(file);
            try {
                byte[] magic = new byte[MAGIC.length];
                in.get(magic);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new SecretFileException("not a Partita secrets file");
                }
                int version = in.get();
                if (version != VERSION) {
                    throw new SecretFileException("written by a newer Partita (format " + version + ")");
                }
                if (in.get() != KDF_PBKDF2_SHA256) {
                    throw new SecretFileException("unknown key derivation");
                }
                int iterations = in.getInt();
                if (iterations < 1 || iterations > 100_000_000) {
                    throw new SecretFileException("damaged header");
                }
                byte[] salt = new byte[in.get()];
                in.get(salt);
                byte[] nonce = new byte[in.get()];
                in.get(nonce);
                if (salt.length < 8 || nonce.length != NONCE_BYTES || in.remaining() < TAG_BITS / 8) {
                    throw new SecretFileException("damaged header");
                }
                return new Header(salt, nonce, iterations, in.position());
            } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
                throw new SecretFileException("the file is truncated");
            }
        }
    }

    /** The file is not something this version can open at all (as opposed to a wrong password). */
    static final class SecretFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SecretFileException(String message) {
            super(message);
        }
    }
}
