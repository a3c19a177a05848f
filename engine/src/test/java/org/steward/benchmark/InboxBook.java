package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.play.SavePlays;
import org.steward.support.ApiTest;
import org.steward.support.Eventually;
import org.steward.user.NewUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * A book of tasks for the inbox benchmark. Six real save plays go through the real code first (a yellow check-in, a
 * red recovery plan, a started task, a completed one, one escalated to the team lead by its SLA timer, one escalated
 * on to the CS directors); their rows in {@code play_task} and the candidate tables are the templates. The book then
 * copies them, in JDBC batches, with new ids, accounts, owners and dates: what the same plays would have written for
 * other accounts. {@link #verifySample} reads a copy of each template back through the API.
 */
final class InboxBook {

    static final String DIRECTOR = "bench-director";
    private static final String TEMPLATE_CSM = "bench-csm-000";
    private static final String TEMPLATE_LEAD = "bench-lead-00";
    private static final int BATCH = 500;

    /** The kinds of task the book holds, with the share (percent) of open tasks of each. */
    private enum Kind {
        DIRECTOR_ESCALATED(1), LEAD_ESCALATED(4), IN_PROGRESS(7), RECOVERY_PLAN(23), CHECK_IN(65), COMPLETED(0);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    private record Template(String account, Map<String, Object> row, List<String> candidates, List<String> groups) {
    }

    private final JdbcTemplate jdbc;
    private final Function<String, TestRestTemplate> as;
    private final int tasks;
    private final int csms;
    private final Map<Kind, Template> templates = new LinkedHashMap<>();
    private final Map<Kind, List<String>> sample = new LinkedHashMap<>();

    private InboxBook(JdbcTemplate jdbc, Function<String, TestRestTemplate> as, int tasks, int csms) {
        this.jdbc = jdbc;
        this.as = as;
        this.tasks = tasks;
        this.csms = csms;
    }

    /** Makes the users, the template plays and the copies; reports the sizes. */
    static InboxBook seed(SavePlays plays, UserDirectory users, JdbcTemplate jdbc, Function<String, TestRestTemplate> as,
                          int tasks, int closed, int csms, BenchmarkReport report) {
        InboxBook book = new InboxBook(jdbc, as, tasks, csms);
        long started = System.nanoTime();
        book.users(users);
        book.templates(plays);
        book.copy(tasks, closed);
        jdbc.execute("ANALYZE TABLE play_task, play_task_candidate, play_task_candidate_group");
        report.line("- book: %d open tasks across %d CSMs and %d team leads (%s), %d closed tasks; seeded in %.0f s",
                tasks, csms, book.leads(), book.shares(), closed, (System.nanoTime() - started) / 1e9);
        report.line("- rows: play_task %d, play_task_candidate %d, play_task_candidate_group %d",
                jdbc.queryForObject("SELECT COUNT(*) FROM play_task", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM play_task_candidate", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM play_task_candidate_group", Long.class));
        return book;
    }

    String csm(int index) {
        return String.format("bench-csm-%03d", index);
    }

    String lead(int index) {
        return String.format("bench-lead-%02d", index);
    }

    int leads() {
        return (csms + 9) / 10;
    }

    /** The account of one of this CSM's open tasks, a different one for each {@code n}. */
    String accountOf(int csm, int n) {
        int perCsm = tasks / csms;
        return account(csm + csms * Math.floorMod(n * 7919, perCsm));
    }

    private static String account(int n) {
        return "BENCH-" + n;
    }

    private String shares() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.percent > 0) {
                parts.add(kind.percent + " % " + kind.name().toLowerCase().replace('_', ' '));
            }
        }
        return String.join(", ", parts);
    }

    private void users(UserDirectory users) {
        users.ensure(new NewUser(DIRECTOR, DIRECTOR, null, ApiTest.PASSWORD, Set.of(Role.CS_DIRECTOR), null));
        for (int l = 0; l < leads(); l++) {
            users.ensure(new NewUser(lead(l), lead(l), null, ApiTest.PASSWORD, Set.of(Role.TEAM_LEAD), null));
        }
        for (int c = 0; c < csms; c++) {
            users.ensure(new NewUser(csm(c), csm(c), null, ApiTest.PASSWORD, Set.of(Role.CSM), lead(c / 10)));
        }
    }

    private void templates(SavePlays plays) {
        String checkIn = start(plays, Kind.CHECK_IN, SaveTier.YELLOW, null, null);
        String plan = start(plays, Kind.RECOVERY_PLAN, SaveTier.RED, null, null);
        String inProgress = start(plays, Kind.IN_PROGRESS, SaveTier.YELLOW, null, null);
        String done = start(plays, Kind.COMPLETED, SaveTier.YELLOW, null, null);
        String lead = start(plays, Kind.LEAD_ESCALATED, SaveTier.YELLOW, "PT1S", "P30D");
        String director = start(plays, Kind.DIRECTOR_ESCALATED, SaveTier.YELLOW, "PT1S", "PT2S");
        post(taskOf(inProgress), "start", null);
        post(taskOf(done), "complete", Map.of("outcome", "FALSE_ALARM", "note", "seasonal dip"));
        awaitEscalation(lead, "TEAM_LEAD");
        awaitEscalation(director, "CS_DIRECTOR");
        Map<Kind, String> playsByKind = Map.of(Kind.CHECK_IN, checkIn, Kind.RECOVERY_PLAN, plan, Kind.IN_PROGRESS, inProgress,
                Kind.COMPLETED, done, Kind.LEAD_ESCALATED, lead, Kind.DIRECTOR_ESCALATED, director);
        for (Kind kind : Kind.values()) {
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM play_task WHERE play_id = ?", playsByKind.get(kind));
            String id = (String) row.get("id");
            templates.put(kind, new Template((String) row.get("account_external_id"), row,
                    jdbc.queryForList("SELECT username FROM play_task_candidate WHERE task_id = ?", String.class, id),
                    jdbc.queryForList("SELECT group_name FROM play_task_candidate_group WHERE task_id = ?", String.class, id)));
        }
    }

    private String start(SavePlays plays, Kind kind, SaveTier tier, String sla, String directorSla) {
        String account = "BENCH-TEMPLATE-" + kind.name().replace('_', '-');
        return plays.start(new SavePlayStart(account, tier, TEMPLATE_CSM, TEMPLATE_LEAD, "inbox benchmark template", sla, directorSla));
    }

    private String taskOf(String play) {
        return jdbc.queryForObject("SELECT id FROM play_task WHERE play_id = ?", String.class, play);
    }

    private void post(String task, String action, Object body) {
        ResponseEntity<Map> response = as.apply(TEMPLATE_CSM).postForEntity("/api/v1/tasks/" + task + "/" + action, body, Map.class);
        assertThat(response.getStatusCode()).as("%s %s: %s", action, task, response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void awaitEscalation(String play, String level) {
        Eventually.await(level + " escalation of template play " + play, Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM play_task WHERE play_id = ? AND escalation_level = ?", Integer.class, play, level) == 1);
    }

    private void copy(int open, int closed) {
        SplittableRandom random = new SplittableRandom(42);
        Batch candidates = new Batch("play_task_candidate", List.of("task_id", "username"), List.of());
        Batch groups = new Batch("play_task_candidate_group", List.of("task_id", "group_name"), List.of());
        Batch rows = new Batch("play_task", new ArrayList<>(templates.get(Kind.CHECK_IN).row().keySet()), List.of(candidates, groups));
        long day = Duration.ofDays(1).toMillis();
        for (int n = 0; n < open; n++) {
            Kind kind = kindOf(random.nextInt(100));
            copy(kind, n, n % csms, -random.nextLong(10 * day), rows, candidates, groups);
        }
        for (int n = 0; n < closed; n++) {
            copy(Kind.COMPLETED, n % Math.max(1, open), n % csms, -10 * day - random.nextLong(80 * day), rows, candidates, groups);
        }
        rows.flush();
    }

    private static Kind kindOf(int percentile) {
        int upTo = 0;
        for (Kind kind : Kind.values()) {
            upTo += kind.percent;
            if (percentile < upTo) {
                return kind;
            }
        }
        return Kind.CHECK_IN;
    }

    private void copy(Kind kind, int accountIndex, int csmIndex, long shiftMillis, Batch rows, Batch candidates, Batch groups) {
        Template template = templates.get(kind);
        String id = UUID.randomUUID().toString();
        String account = account(accountIndex);
        String csm = csm(csmIndex);
        String lead = lead(csmIndex / 10);
        BiFunction<String, Object, Object> value = (column, original) -> switch (column) {
            case "id" -> id;
            case "play_id" -> UUID.randomUUID().toString();
            default -> original instanceof Timestamp at ? shifted(at, shiftMillis)
                    : original instanceof String text ? text.replace(template.account(), account).replace(TEMPLATE_CSM, csm).replace(TEMPLATE_LEAD, lead)
                    : original;
        };
        List<Object> row = new ArrayList<>();
        template.row().forEach((column, original) -> row.add(value.apply(column, original)));
        rows.add(row);
        template.candidates().forEach(user -> candidates.add(List.of(id, user.replace(TEMPLATE_CSM, csm).replace(TEMPLATE_LEAD, lead))));
        template.groups().forEach(group -> groups.add(List.of(id, group)));
        sample.putIfAbsent(kind, List.of(id, csm, lead));
    }

    private static Timestamp shifted(Timestamp at, long millis) {
        Timestamp moved = new Timestamp(at.getTime() + millis);
        moved.setNanos(at.getNanos());
        return moved;
    }

    /**
     * Reads one copy of each template through the API, as its CSM, next to the template itself: the same kind of task
     * in the same state, offered to the same people (mapped to the copy's CSM and team lead), found by the inbox.
     */
    @SuppressWarnings("unchecked")
    void verifySample(BiFunction<String, String, Map<String, Object>> get) {
        sample.forEach((kind, copied) -> {
            String id = copied.get(0);
            String csm = copied.get(1);
            Map<String, Object> copy = get.apply(csm, "/api/v1/tasks/" + id);
            Map<String, Object> original = get.apply(TEMPLATE_CSM, "/api/v1/tasks/" + templates.get(kind).row().get("id"));
            assertThat(copy.keySet()).as("fields of a copied %s task", kind).isEqualTo(original.keySet());
            for (String field : List.of("playKind", "name", "status", "sla", "escalated", "candidateGroups", "form")) {
                assertThat(copy.get(field)).as("%s of a copied %s task", field, kind).isEqualTo(original.get(field));
            }
            assertThat((List<String>) copy.get("candidates")).as("candidates of a copied %s task", kind)
                    .containsExactlyInAnyOrderElementsOf(((List<String>) original.get("candidates")).stream()
                            .map(user -> user.replace(TEMPLATE_CSM, csm).replace(TEMPLATE_LEAD, copied.get(2))).toList());
            if (kind != Kind.COMPLETED) {
                Map<String, Object> found = get.apply(csm, "/api/v1/tasks?assignee=me&accountExternalId=" + copy.get("accountExternalId"));
                assertThat((List<Map<String, Object>>) found.get("items")).extracting(t -> t.get("id")).as("inbox of %s", csm).contains(id);
            }
        });
        assertThat(sample.keySet()).containsExactlyInAnyOrder(Kind.values());
    }

    /** Multi-row INSERTs of {@value #BATCH} rows; the rows of its dependents (which refer to its rows) follow each. */
    private final class Batch {
        private final String table;
        private final List<String> columns;
        private final List<Batch> dependents;
        private final List<Object> values = new ArrayList<>();
        private int rows;

        Batch(String table, List<String> columns, List<Batch> dependents) {
            this.table = table;
            this.columns = columns;
            this.dependents = dependents;
        }

        void add(List<?> row) {
            values.addAll(row);
            if (++rows == BATCH && !dependents.isEmpty()) {
                flush();
            }
        }

        void flush() {
            if (rows == 0) {
                return;
            }
            String one = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
            jdbc.update("INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                    + String.join(",", Collections.nCopies(rows, one)), values.toArray());
            values.clear();
            rows = 0;
            dependents.forEach(Batch::flush);
        }
    }
}
