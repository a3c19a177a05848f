package org.steward.playbook;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the shipped playbooks at start-up, before anything can start a play. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlaybookSeeding implements ApplicationRunner {

    private final PlaybookStore store;

    PlaybookSeeding(PlaybookStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.seedShipped();
    }
}
