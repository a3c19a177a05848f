package org.steward.support;

import java.util.Set;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.user.NewUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * Base of the tests that call Steward over HTTP: a real server on a random port, the test MariaDB, and one
 * user per role (password {@value #PASSWORD}): {@code t-admin}, {@code t-ops}, {@code t-lead},
 * {@code t-csm}, {@code t-csm2} (both CSMs led by t-lead) and {@code t-integration}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    public static final String PASSWORD = "test-password";

    static {
        TestDatabase.start();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    private UserDirectory users;

    @Autowired
    public void ensureUsers() {
        user("t-admin", Role.ADMIN, null);
        user("t-ops", Role.CS_OPS, null);
        user("t-lead", Role.TEAM_LEAD, null);
        user("t-csm", Role.CSM, "t-lead");
        user("t-csm2", Role.CSM, "t-lead");
        user("t-integration", Role.INTEGRATION, null);
    }

    /** This context's engine fires timers during API tests (and keeps still while child engine nodes run). */
    @Autowired
    public void registerEngine(Scheduler scheduler) {
        InJvmEngine.register(scheduler);
    }

    @BeforeEach
    public void resumeEngine() {
        InJvmEngine.resume();
    }

    private void user(String name, Role role, String lead) {
        users.ensure(new NewUser(name, name, name + "@example.test", PASSWORD, Set.of(role), lead));
    }

    /** The HTTP client signed in as this user. */
    protected TestRestTemplate as(String username) {
        return http.withBasicAuth(username, PASSWORD);
    }
}
