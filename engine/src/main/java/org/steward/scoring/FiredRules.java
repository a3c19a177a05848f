package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records the rules that fire in one session, and the one firing now (to name it when it throws). */
final class FiredRules extends DefaultAgendaEventListener {

    private final List<String> fired = new ArrayList<>();
    private String firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule().getName());
        firing = null;
    }

    List<String> names() {
        return fired;
    }

    String firing() {
        return firing;
    }
}
