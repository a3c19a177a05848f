package org.steward.system.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash costs ~0.1 s of CPU: an
 * integration posting batches, or a CSM's browser polling the inbox, would spend most of its time there.
 * A password checked successfully is remembered for {@code ttl} as an HMAC under a key made at start-up
 * (never the password itself); a different password, or the same after {@code ttl}, is checked again.
 * A user who is disabled or whose password changes keeps access for at most {@code ttl}.
 */
class RecentlyVerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedCredentials(AuthenticationProvider verifier, Duration ttl, Clock clock) {
        this.verifier = verifier;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return verifier.authenticate(request);
        }
        String fingerprint = fingerprint(request.getName(), password);
        Instant now = clock.instant();
        Verified known = verified.get(request.getName());
        if (known != null && known.fingerprint().equals(fingerprint) && now.isBefore(known.until())) {
            return UsernamePasswordAuthenticationToken.authenticated(known.result().getPrincipal(), null, known.result().getAuthorities());
        }
        Authentication result = verifier.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> !now.isBefore(v.until()));
            }
            verified.put(request.getName(), new Verified(fingerprint, now.plus(ttl), result));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Verified(String fingerprint, Instant until, Authentication result) {
    }
}
