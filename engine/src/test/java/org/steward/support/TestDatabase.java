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
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:10.11").withDatabaseName(NAME);
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
        } else {
            EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(Path.of("target", "test-mariadb"), 0);
            String serverUrl = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + NAME);
                s.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the test database", e);
            }
            url = serverUrl + NAME;
            username = "root";
            password = "";
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", username);
        System.setProperty("spring.datasource.password", password);
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
