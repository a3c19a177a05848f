package org.steward.system.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, starts the embedded MariaDB before anything needs a
 * database and points {@code spring.datasource.*} at it. With a URL set, does nothing: the
 * external MariaDB is used and no embedded server starts.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "stewardEmbeddedMariaDb";

    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("steward.database.embedded.data-dir", "data/mariadb"));
        int port = environment.getProperty("steward.database.embedded.port", Integer.class, 0);
        String name = environment.getProperty("steward.database.embedded.name", "steward");
        EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(dataDir, port);
        db.startNotices().forEach(notice -> {
            if (notice.startsWith("Embedded")) {
                log.info(notice);
            } else {
                log.warn(notice);
            }
        });
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, Map.of(
                "spring.datasource.url", db.jdbcUrl(name),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "steward.database.embedded.running-port", db.port())));
    }
}
