package org.steward.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.steward.system.database.EmbeddedMariaDb;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * The MariaDB every test of this JVM runs against: a Testcontainers {@code MariaDBContainer} where a Docker
 * engine is present, the embedded MariaDB otherwise. The schema starts empty on each test run.
 */
public final class TestDatabase {

    private static final String NAME = "steward_test";
    private static String url;
    private static String serverUrl;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    /** Starts the database once and points {@code spring.datasource.*} of every test context at it. */
    public static synchronized void start() {
        if (url != null) {
            return;
        }
        if (dockerAvailable()) {
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:10.11")
                    .withDatabaseName(NAME).withUsername("root").withPassword("test");
            container.start();
            serverUrl = "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306) + "/";
            username = "root";
            password = "test";
        } else {
            EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(Path.of("target", "test-mariadb"), 0);
            serverUrl = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            username = "root";
            password = "";
        }
        url = fresh(NAME);
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", username);
        System.setProperty("spring.datasource.password", password);
    }

    /**
     * A new, empty database on the test server, for tests whose engine nodes must be the only ones on their
     * database (the Spring contexts the other tests leave running are engine nodes too, and would take timers).
     */
    public static synchronized String isolated(String name) {
        start();
        return fresh(name);
    }

    private static String fresh(String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, username, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test database " + name, e);
        }
        return serverUrl + name;
    }

    public static String url() {
        start();
        return url;
    }

    public static String username() {
        start();
        return username;
    }

    public static String password() {
        start();
        return password;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
