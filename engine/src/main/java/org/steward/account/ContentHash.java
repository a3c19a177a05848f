package org.steward.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A 16-byte digest of a row's stored values, to tell a re-sent row that changes nothing from one that does.
 * Numbers compare by value (100 and 100.00 are the same amount).
 */
final class ContentHash {

    private static final byte NULL = 0;
    private static final byte SEPARATOR = 0x1F;

    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    byte[] of(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                digest.update(NULL);
            } else {
                digest.update(canonical(value).getBytes(StandardCharsets.UTF_8));
            }
            digest.update(SEPARATOR);
        }
        return Arrays.copyOf(digest.digest(), 16);
    }

    /** The text a value is compared by: also how key values read back from the database compare. */
    static String canonical(Object value) {
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
