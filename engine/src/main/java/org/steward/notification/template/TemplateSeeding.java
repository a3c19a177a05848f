package org.steward.notification.template;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the shipped templates at start-up, before anything drafts a message. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TemplateSeeding implements ApplicationRunner {

    private final TemplateStore store;

    TemplateSeeding(TemplateStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.seedShipped();
    }
}
