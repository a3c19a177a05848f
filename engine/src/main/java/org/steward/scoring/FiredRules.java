package org.steward.scoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records one session's evaluation as it happens: the rules that fire, the one firing now (to name it
 * when it throws), and every fact inserted and not deleted since. The facts are kept here rather than
 * read back from the session at the end because the rule set's KieBase is immutable: Drools then forgets
 * at once a fact that no rule can match (a conclusion such as the playbook choice, which only Steward
 * reads), so the session's own store no longer holds it.
 */
final class FiredRules extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final List<String> fired = new ArrayList<>();
    private final Map<Object, Boolean> facts = new IdentityHashMap<>();
    private final List<Object> inserted = new ArrayList<>();
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

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getOldObject() != event.getObject()) {
            facts.put(event.getOldObject(), Boolean.FALSE);
            add(event.getObject());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        facts.put(event.getOldObject(), Boolean.FALSE);
    }

    private void add(Object fact) {
        if (facts.put(fact, Boolean.TRUE) == null) {
            inserted.add(fact);
        }
    }

    List<String> names() {
        return fired;
    }

    String firing() {
        return firing;
    }

    /** The facts in the session at the end, in the order they were first inserted. */
    List<Object> facts() {
        List<Object> current = new ArrayList<>(inserted.size());
        for (Object fact : inserted) {
            if (facts.get(fact) == Boolean.TRUE) {
                current.add(fact);
            }
        }
        return current;
    }
}
