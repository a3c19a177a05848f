package org.steward.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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

    private final List<String> fired = new ArrayList<>(64);
    private final List<Object> inserted;
    /** Facts deleted or replaced; null until a rule deletes or replaces one, which the shipped rules never do. */
    private Set<Object> gone;
    private String firing;

    FiredRules(int expectedFacts) {
        inserted = new ArrayList<>(expectedFacts);
    }

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
            remove(event.getOldObject());
            add(event.getObject());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
    }

    private void add(Object fact) {
        if (gone != null) {
            gone.remove(fact);
        }
        inserted.add(fact);
    }

    private void remove(Object fact) {
        if (gone == null) {
            gone = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        gone.add(fact);
    }

    List<String> names() {
        return fired;
    }

    String firing() {
        return firing;
    }

    /** The facts in the session at the end, in the order they were first inserted. */
    List<Object> facts() {
        if (gone == null) {
            return inserted;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> current = new ArrayList<>(inserted.size());
        for (Object fact : inserted) {
            if (!gone.contains(fact) && seen.add(fact)) {
                current.add(fact);
            }
        }
        return current;
    }
}
