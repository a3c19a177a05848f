package org.steward.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.steward.system.web.FieldProblem;

/**
 * Checks a batch row by row as a source hands it over: Bean Validation, the kind's rules across fields, keys
 * repeated inside the batch, and references to accounts, contacts and users that do not exist. Keeps the
 * problems up to a cap and counts them all.
 */
final class FactCheck<R extends Record> implements FactSink {

    private final FactType<R> type;
    private final Validator validator;
    private final References references;
    private final LocalDate today;
    private final int maxProblems;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<List<Object>, Integer> firstIndexOfKey = new HashMap<>();
    private final Set<Integer> badRows = new HashSet<>();
    private int total;
    private int nextIndex;

    FactCheck(FactType<R> type, Validator validator, References references, LocalDate today, int maxProblems) {
        this.type = type;
        this.validator = validator;
        this.references = references;
        this.today = today;
        this.maxProblems = maxProblems;
    }

    @Override
    public void rows(List<? extends Record> rows) {
        List<FieldProblem> found = new ArrayList<>();
        Map<Integer, R> read = new HashMap<>();
        for (Record record : rows) {
            int index = nextIndex++;
            if (record == null) {
                found.add(FieldProblem.at(index, null, "must not be null"));
                continue;
            }
            R row = type.cast(record);
            for (ConstraintViolation<R> violation : validator.validate(row)) {
                found.add(FieldProblem.at(index, field(violation.getPropertyPath()), violation.getMessage()));
            }
            type.check(row, today, (field, reason) -> found.add(FieldProblem.at(index, field, reason)));
            List<Object> key = type.key(row);
            Integer first = key.contains(null) ? null : firstIndexOfKey.putIfAbsent(key, index);
            if (first != null) {
                found.add(FieldProblem.at(index, type.keyField(), "repeats the key of row [" + first + "] in this batch"));
            }
            read.put(index, row);
        }
        checkReferences(read, found);
        found.sort(Comparator.comparing(FieldProblem::index).thenComparing(problem -> type.position(problem.field())));
        found.forEach(this::add);
    }

    @Override
    public void unreadable(List<FieldProblem> rowProblems) {
        int index = nextIndex++;
        rowProblems.forEach(p -> add(new FieldProblem(index, p.field(), p.reason(), p.row(), p.column())));
    }

    void throwIfInvalid() {
        if (total > 0) {
            throw new InvalidFactsException(problems, total, badRows.size());
        }
    }

    private void checkReferences(Map<Integer, R> rows, List<FieldProblem> found) {
        Set<String> accounts = new HashSet<>();
        Set<String> contacts = new HashSet<>();
        Set<String> users = new HashSet<>();
        rows.values().forEach(row -> {
            addIfPresent(accounts, type.accountOf(row));
            addIfPresent(contacts, type.contactOf(row));
            users.addAll(type.users(row).values());
        });
        Set<String> knownAccounts = accounts.isEmpty() ? Set.of() : references.accountIds(accounts).keySet();
        Map<String, String> contactAccounts = contacts.isEmpty() ? Map.of() : references.contactAccounts(contacts);
        Set<String> unknownUsers = references.unknownUsers(users);
        rows.forEach((index, row) -> {
            String account = type.accountOf(row);
            if (account != null && !account.isBlank() && !knownAccounts.contains(account)) {
                found.add(FieldProblem.at(index, FactType.ACCOUNT_FIELD, "no account '" + account + "'"));
            }
            String contact = type.contactOf(row);
            if (contact != null && !contact.isBlank()) {
                String owner = contactAccounts.get(contact);
                if (owner == null) {
                    found.add(FieldProblem.at(index, "contactExternalId", "no contact '" + contact + "'"));
                } else if (!owner.equals(account)) {
                    found.add(FieldProblem.at(index, "contactExternalId", "contact '" + contact + "' belongs to account '" + owner + "'"));
                }
            }
            type.users(row).forEach((field, name) -> {
                if (unknownUsers.contains(name)) {
                    found.add(FieldProblem.at(index, field, "no user '" + name + "'"));
                }
            });
        });
    }

    private void add(FieldProblem problem) {
        total++;
        badRows.add(problem.index());
        if (problems.size() < maxProblems) {
            problems.add(problem);
        }
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    /** {@code featuresUsed[2]} for an element of a list, {@code attributes[region]} for an entry of a map. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
