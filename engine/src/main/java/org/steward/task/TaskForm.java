package org.steward.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/** The outcome form of a kind of task (its BPMN TaskName): what completing it must say. */
record TaskForm(String taskName, List<FormField> fields) {

    /** The forms of every task Steward's processes create, by task name. */
    static final Map<String, TaskForm> ALL = Map.ofEntries(
            form("csm-check-in",
                    FormField.choice("outcome", "How the check-in went", "RESOLVED", "FOLLOW_UP_PLANNED", "NO_RESPONSE", "FALSE_ALARM"),
                    FormField.text("note", "What you learned from the customer", true, 2000)),
            form("recovery-plan",
                    FormField.choice("outcome", "Where the recovery plan stands", "PLAN_AGREED", "PLAN_DECLINED", "CUSTOMER_UNREACHABLE"),
                    FormField.text("plan", "The plan: actions, owners, dates", true, 4000),
                    FormField.futureDate("targetDate", "When the account should be back to green"),
                    FormField.text("note", "Anything else", false, 2000)),
            form("onboarding-kickoff",
                    FormField.choice("outcome", "The kickoff", "KICKOFF_HELD", "CUSTOMER_NOT_READY"),
                    FormField.text("note", "Goals, success criteria and dates agreed", true, 2000)),
            form("onboarding-first-value",
                    FormField.choice("outcome", "The first-value milestone", "REACHED", "PARTLY_REACHED", "NOT_REACHED"),
                    FormField.text("note", "What value the customer sees, in their words", true, 2000)),
            form("onboarding-deepening",
                    FormField.choice("outcome", "The deepening milestone", "REACHED", "PARTLY_REACHED", "NOT_REACHED"),
                    FormField.text("note", "Which teams and features are in use now", true, 2000)),
            form("renewal-health-assessment",
                    FormField.choice("outcome", "How the renewal looks from inside", "ON_TRACK", "AT_RISK", "CRITICAL"),
                    FormField.text("note", "Why: usage, relationship, open issues", true, 2000)),
            form("renewal-success-review",
                    FormField.choice("outcome", "The success review", "REVIEW_HELD", "CUSTOMER_DECLINED", "NO_RESPONSE"),
                    FormField.text("note", "What the customer confirmed and asked for", true, 2000)),
            form("renewal-talks",
                    FormField.choice("outcome", "How the renewal ended", "RENEWED", "RENEWED_WITH_EXPANSION", "CONTRACTED", "CHURNED"),
                    FormField.amount("newArr", "The ARR from the renewal on (0 when churned)"),
                    FormField.text("note", "Anything else", false, 2000)),
            form("expansion-conversation",
                    FormField.choice("outcome", "Where the conversation led", "OPPORTUNITY_CREATED", "NOT_NOW", "DECLINED"),
                    FormField.text("note", "What the customer said", true, 2000)));

    private static Map.Entry<String, TaskForm> form(String taskName, FormField... fields) {
        return Map.entry(taskName, new TaskForm(taskName, List.of(fields)));
    }

    /** The form of this task name; a task without one is completed with an optional note. */
    static TaskForm of(String taskName) {
        return ALL.getOrDefault(taskName, new TaskForm(taskName, List.of(FormField.text("note", "Note", false, 2000))));
    }

    /**
     * Checks a submitted outcome against the form: every problem is reported at once (400), naming the field.
     * Returns the values to store, in the form's field order, without empty optional fields.
     */
    Map<String, Object> validate(Map<String, Object> submitted, LocalDate today) {
        Map<String, Object> values = submitted == null ? Map.of() : submitted;
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = fields.stream().map(FormField::name).collect(Collectors.toSet());
        values.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> problems.add(FieldProblem.of(name, "is not a field of the " + taskName + " form")));
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = values.get(field.name());
            String problem = field.problem(value, today);
            if (problem != null) {
                problems.add(FieldProblem.of(field.name(), problem));
            } else if (value != null && !(value instanceof String s && s.isBlank())) {
                accepted.put(field.name(), field.type() == FormField.Type.AMOUNT ? FormField.amountOf(value).toPlainString() : value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The outcome does not fit the " + taskName + " form", problems);
        }
        return accepted;
    }
}
