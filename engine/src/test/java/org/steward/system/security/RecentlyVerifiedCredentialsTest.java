package org.steward.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RecentlyVerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    /** Stands for the BCrypt check: accepts only "right", counts how often it is asked. */
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"right".equals(a.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_CSM")));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final RecentlyVerifiedCredentials credentials = new RecentlyVerifiedCredentials(bcrypt, Duration.ofMinutes(1),
            new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void shouldCheckTheHashOnceForRepeatedRequestsWithTheSamePassword() {
        for (int i = 0; i < 5; i++) {
            Authentication result = credentials.authenticate(login("csm1", "right"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CSM");
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void shouldNeverAcceptAnotherPasswordBecauseTheRightOneWasRemembered() {
        credentials.authenticate(login("csm1", "right"));
        assertThatThrownBy(() -> credentials.authenticate(login("csm1", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void shouldCheckAgainAfterTheTimeToLive() {
        credentials.authenticate(login("csm1", "right"));
        now = now.plus(Duration.ofSeconds(61));
        credentials.authenticate(login("csm1", "right"));
        assertThat(checks).hasValue(2);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
