package org.steward.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.steward.playbook.Playbook;
import org.steward.playbook.PlaybookStore;
import org.steward.playbook.PlaybookValues;
import org.steward.playbook.PublishedPlaybook;
import org.steward.system.web.FieldProblem;

/**
 * Reads the terms a new play starts with from the published playbook version that is current now, in the variant
 * asked for (the neutral one when the playbook has no such variant), with every {@code {{placeholder}}} it knows filled.
 * An unknown placeholder stays as written, so an author sees it in the task. A version whose values no play can run
 * with (see {@link PlaybookValues}), or that names another kind's process, gives no terms.
 */
@Component
class PlaybookTermsSource {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private final PlaybookStore store;
    private final PlaybookValues values;

    PlaybookTermsSource(PlaybookStore store, PlaybookValues values) {
        this.store = store;
        this.values = values;
    }

    /**
     * The terms of the playbook the rules chose ({@code chosenPlaybookId}) when it is published, else those of the
     * kind's own playbook (the rules' {@code save-recovery} and {@code save-check-in} are both the {@code save} playbook).
     *
     * @throws ImpossiblePlaybookException when that version cannot run as a play of this kind
     */
    PlaybookTerms current(PlayKind kind, String chosenPlaybookId, String variant, Map<String, String> placeholders) {
        PublishedPlaybook published = (chosenPlaybookId == null ? java.util.Optional.<PublishedPlaybook>empty() : store.find(chosenPlaybookId))
                .orElseGet(() -> store.active(kind.id()));
        Playbook playbook = published.playbook();
        List<FieldProblem> problems = new ArrayList<>(values.problems(playbook));
        if (!kind.id().equals(playbook.process())) {
            problems.add(FieldProblem.of("/process", "names the process '" + playbook.process() + "', not that of a " + kind.id() + " play"));
        }
        if (!problems.isEmpty()) {
            throw new ImpossiblePlaybookException(playbook.id(), published.version(), problems);
        }
        String chosen = variant != null && playbook.variants().containsKey(variant) ? variant : "neutral";
        Map<String, PlaybookTerms.TaskTerms> tasks = new LinkedHashMap<>();
        playbook.tasks().forEach((name, policy) -> {
            Playbook.TaskWording wording = playbook.wording(chosen, name);
            tasks.put(name, new PlaybookTerms.TaskTerms(fill(wording.title(), placeholders), fill(wording.instructions(), placeholders),
                    wording.template(), policy.assignee(), policy.sla(), policy.escalateAfter()));
        });
        return new PlaybookTerms(playbook.id(), published.version(), chosen, playbook.variants().get(chosen).cadence(), tasks);
    }

    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
