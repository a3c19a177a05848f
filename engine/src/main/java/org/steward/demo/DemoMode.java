package org.steward.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.steward.user.NewUser;

/**
 * With the program argument {@code --demo}, seeds the demo users and book before Steward reports itself ready,
 * and then logs where to open it and who to sign in as.
 */
@Component
class DemoMode implements ApplicationRunner {

    static final String ARGUMENT = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoSeeder seeder;
    private final Environment environment;
    private DemoSummary summary;

    DemoMode(DemoSeeder seeder, Environment environment) {
        this.seeder = seeder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(ARGUMENT)) {
            return;
        }
        log.info("Demo mode: seeding the demo users and book unless they are in place");
        summary = seeder.seed();
    }

    /** The last seeding of this run, or null when Steward runs without {@code --demo}. */
    DemoSummary summary() {
        return summary;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (summary == null) {
            return;
        }
        Map<String, List<String>> byRole = DemoUsers.ALL.stream().collect(Collectors.groupingBy(
                user -> user.roles().iterator().next() + (user.teamLead() != null ? " in " + user.teamLead() + "'s team" : ""),
                LinkedHashMap::new, Collectors.mapping(NewUser::username, Collectors.toList())));
        String users = byRole.entrySet().stream()
                .map(role -> String.join(", ", role.getValue()) + " (" + role.getKey() + ")")
                .collect(Collectors.joining(", "));
        log.info("Steward demo is ready at {}\n  Demo {}\n  Users, password \"{}\": {}",
                url(), summary.describe(), DemoUsers.PASSWORD, users);
    }

    private String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
    }
}
