package org.steward.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.steward.system.calendar.BusinessDuration;
import org.steward.system.web.FieldProblem;

/**
 * Reads a playbook written in YAML (or JSON, which is YAML too), checks it against
 * {@code steward/playbook.schema.json} and then against what the schema cannot say: the process is
 * deployed, variants word only the play's tasks and the neutral variant words all. A new playbook
 * ({@link #read}) must also mean something a play can run: its process is of its kind and its durations
 * pass {@link PlaybookValues}. Every problem names its path and, where the text has it, its line.
 */
class PlaybookReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final String FIRST_VALUE = "onboarding-first-value";

    private final JsonSchema schema;
    private final Set<String> deployedProcesses;
    private final PlaybookValues values;

    PlaybookReader(Set<String> deployedProcesses, PlaybookValues values) {
        this.deployedProcesses = Set.copyOf(deployedProcesses);
        this.values = values;
        try (InputStream in = PlaybookReader.class.getResourceAsStream("/steward/playbook.schema.json")) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new playbook (to publish, validate or seed) in {@code text}, or an {@link InvalidPlaybookException} naming every problem. */
    Playbook read(String file, String text) {
        return read(file, text, true);
    }

    /**
     * A version stored already: its structure is checked as when it was published, but not its values, so a version
     * stored before a value check existed can still be listed and replaced (a play checks them before it starts).
     */
    Playbook readStored(String file, String text) {
        return read(file, text, false);
    }

    private Playbook read(String file, String text, boolean asNew) {
        JsonNode tree = parse(file, text);
        List<FieldProblem> problems = new ArrayList<>();
        schema.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                .forEach(m -> problems.add(FieldProblem.of(pointer(m), m.getError())));
        Playbook playbook = null;
        if (problems.isEmpty()) {
            checkMeaning(tree, problems);
            playbook = toPlaybook(file, tree);
            if (asNew) {
                checkKind(tree, problems);
                problems.addAll(values.problems(playbook));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlaybookException(file, YamlLines.of(text).locate(problems));
        }
        return playbook;
    }

    private static Playbook toPlaybook(String file, JsonNode tree) {
        try {
            return YAML.treeToValue(tree, Playbook.class);
        } catch (JsonProcessingException e) {
            throw new InvalidPlaybookException(file, List.of(FieldProblem.of("/", e.getOriginalMessage())));
        }
    }

    private static JsonNode parse(String file, String text) {
        try {
            JsonNode tree = YAML.readTree(text == null ? "" : text);
            if (tree == null || !tree.isObject()) {
                throw new InvalidPlaybookException(file, List.of(FieldProblem.of("/", "a playbook is a YAML or JSON object")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InvalidPlaybookException(file, List.of(new FieldProblem(null, null,
                    "line " + line + ", column " + column + ": " + e.getOriginalMessage(), line, null)));
        }
    }

    private void checkMeaning(JsonNode tree, List<FieldProblem> problems) {
        String process = tree.path("process").asText();
        if (!deployedProcesses.contains(process)) {
            problems.add(FieldProblem.of("/process", "no process '" + process + "' is deployed; known: " + deployedProcesses.stream().sorted().toList()));
        }
        Set<String> taskNames = new java.util.TreeSet<>();
        tree.path("tasks").fieldNames().forEachRemaining(taskNames::add);
        tree.path("variants").fields().forEachRemaining(variant -> variant.getValue().path("tasks").fieldNames().forEachRemaining(name -> {
            if (!taskNames.contains(name)) {
                problems.add(FieldProblem.of("/variants/" + variant.getKey() + "/tasks/" + name,
                        "the play has no task '" + name + "'; its tasks are " + taskNames));
            }
        }));
        checkFirstValueDay(tree, problems);
        JsonNode neutral = tree.path("variants").path("neutral").path("tasks");
        for (String name : taskNames) {
            if (!neutral.has(name)) {
                problems.add(FieldProblem.of("/variants/neutral/tasks/" + name, "the neutral variant must word every task"));
            }
        }
    }

    /** The onboarding play's first-value milestone is due by day 45 of the contract at the latest. */
    private static void checkFirstValueDay(JsonNode tree, List<FieldProblem> problems) {
        JsonNode sla = tree.path("tasks").path(FIRST_VALUE).path("sla");
        if (!"onboarding".equals(tree.path("process").asText()) || !sla.isTextual()) {
            return;
        }
        try {
            BusinessDuration d = BusinessDuration.parse(sla.asText());
            boolean late = d.isBusinessTime() ? d.days() > 31 : d.elapsed().compareTo(java.time.Duration.ofDays(45)) > 0;
            if (late) {
                problems.add(FieldProblem.of("/tasks/" + FIRST_VALUE + "/sla", "the first-value milestone is due by day 45 of the"
                        + " contract at the latest (P45D), not " + sla.asText()));
            }
        } catch (IllegalArgumentException e) {
            // reported by PlaybookValues
        }
    }

    /**
     * A playbook's kind is the deployed process its id names ({@code save}, {@code save-recovery}: save; the rule
     * {@code PlayKind.forPlaybook} follows), and a play of that kind runs that process: the playbook must name it. An
     * id that names no kind leaves the kind to the process.
     */
    private void checkKind(JsonNode tree, List<FieldProblem> problems) {
        String id = tree.path("id").asText();
        String process = tree.path("process").asText();
        deployedProcesses.stream().filter(kind -> id.equals(kind) || id.startsWith(kind + "-"))
                .max(Comparator.comparing(String::length))
                .filter(kind -> !kind.equals(process) && deployedProcesses.contains(process))
                .ifPresent(kind -> problems.add(FieldProblem.of("/process", "a " + kind + " playbook (its id '" + id
                        + "' says so) runs the " + kind + " process, not '" + process + "'")));
    }

    /** The failing node as a JSON pointer; for a missing property, the property's own path. */
    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString().replaceFirst("^\\$", "");
        String pointer = location.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            pointer = pointer + "/" + message.getProperty();
        }
        return pointer.isEmpty() ? "/" : pointer;
    }
}
