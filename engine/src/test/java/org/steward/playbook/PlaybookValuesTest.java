package org.steward.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.system.calendar.CalendarProperties;
import org.steward.system.calendar.WorkingCalendar;
import org.steward.system.web.FieldProblem;

/**
 * A playbook's values must mean something a play can run: durations longer than zero and within the limit,
 * escalateAfter after sla, the process of the playbook's kind. Each bad value is refused with its path and line.
 */
class PlaybookValuesTest {

    static final PlaybookLimits DEFAULT_LIMITS = new PlaybookLimits(Duration.ofDays(366));
    /** A Wednesday morning, in working hours of the default calendar (Monday to Friday, 09:00–17:00 UTC). */
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static final String SAVE = shipped("save.yaml");

    private final PlaybookReader reader = reader(DEFAULT_LIMITS);

    /** The reader the store builds, with the default calendar and limits, at {@link #NOW}. */
    static PlaybookReader reader(PlaybookLimits limits) {
        CalendarProperties calendar = new CalendarProperties(ZoneOffset.UTC, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), List.of());
        return new PlaybookReader(Set.of("save", "onboarding", "renewal", "expansion"),
                new PlaybookValues(limits, new WorkingCalendar(calendar), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @ParameterizedTest(name = "sla {0}, escalateAfter {1}: {2} refused ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            PT-4H                  | 8bd    | sla           | is not longer than zero
            -PT4H                  | 8bd    | sla           | is not a duration
            PT4H-300M              | 8bd    | sla           | is not longer than zero
            PT0S                   | 8bd    | sla           | is not longer than zero
            0bd                    | 8bd    | sla           | is not longer than zero
            0bd 0bh                | 8bd    | sla           | is not longer than zero
            '"0"'                  | 8bd    | sla           | is not longer than zero
            PT9999999999999H       | 8bd    | sla           | is too long
            PT99999999999999999999H| 8bd    | sla           | is too long
            99999999999bd          | 8bd    | sla           | is too long
            9999999999bh           | 8bd    | sla           | is too long
            '"99999999999999999999"'| 8bd   | sla           | is too long
            P400D                  | 8bd    | sla           | longer than a playbook allows: at most P366D
            300bd                  | 8bd    | sla           | longer than a playbook allows
            soon                   | 8bd    | sla           | is not a duration
            P1M                    | 8bd    | sla           | is not an ISO-8601 duration
            5bd                    | 3bd    | escalateAfter | must end after the sla '5bd'
            5bd                    | 5bd    | escalateAfter | must end after the sla '5bd'
            5bd                    | PT1H   | escalateAfter | must end after the sla '5bd'
            1bd                    | PT30H  | escalateAfter | must end after the sla '1bd'
            8bh                    | 1bd    | escalateAfter | must end after the sla '8bh'
            5bd                    | PT-1H  | escalateAfter | is not longer than zero
            5bd                    | P2000D | escalateAfter | longer than a playbook allows
            5bd                    | 99999999999bd | escalateAfter | is too long
            """)
    void shouldRefuseAnImpossibleDurationNamingItsPathAndLine(String sla, String escalateAfter, String field, String reason) {
        String yaml = withCheckIn(sla, escalateAfter);

        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("save.yaml", yaml), InvalidPlaybookException.class);

        assertThat(e).as("refused").isNotNull();
        String path = "/tasks/csm-check-in/" + field;
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(path);
        assertThat(e.problems().get(0).reason()).contains(reason);
        assertThat(e.problems().get(0).row()).as("the line of " + path).isEqualTo(lineOf(yaml, "    " + field + ": "));
        assertThat(e.getMessage()).contains(path + " (line " + e.problems().get(0).row() + ")");
    }

    @ParameterizedTest(name = "sla {0}, escalateAfter {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5bd     | 9bd
            PT1S    | PT2S
            PT5S    | PT1H
            4bh     | 1bd
            1bd     | 9bh
            1bd 4bh | 2bd
            P7D     | P10D
            '"5000"'| PT1M
            P365D   | P366D
            260bd   | 261bd
            """)
    void shouldAcceptDurationsAPlayCanRun(String sla, String escalateAfter) {
        assertThat(reader.read("save.yaml", withCheckIn(sla, escalateAfter)).tasks().get("csm-check-in").sla())
                .isEqualTo(sla.replace("\"", ""));
    }

    @Test
    void shouldTakeTheLongestDurationFromTheLimits() {
        PlaybookReader strict = reader(new PlaybookLimits(Duration.ofDays(30)));
        assertThat(strict.read("save.yaml", withCheckIn("P20D", "P30D")).tasks()).containsKey("csm-check-in");

        InvalidPlaybookException e = catchThrowableOfType(() -> strict.read("save.yaml", withCheckIn("P31D", "P40D")),
                InvalidPlaybookException.class);

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("/tasks/csm-check-in/sla", "/tasks/csm-check-in/escalateAfter");
        assertThat(e.problems().get(0).reason()).contains("at most P30D (steward.playbooks.max-duration)");
    }

    @ParameterizedTest(name = "id {0} with process {1}")
    @CsvSource({"save, onboarding", "save-recovery, renewal", "expansion-seats, save"})
    void shouldRefuseAPlaybookNamingTheProcessOfAnotherKind(String id, String process) {
        String yaml = SAVE.replace("id: save", "id: " + id).replace("process: save", "process: " + process);

        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read(id + ".yaml", yaml), InvalidPlaybookException.class);

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("/process");
        assertThat(e.problems().get(0).reason()).contains("runs the " + id.replaceFirst("-.*", "") + " process, not '" + process + "'");
        assertThat(e.problems().get(0).row()).isEqualTo(lineOf(yaml, "process: "));
    }

    @ParameterizedTest(name = "id {0} with process {1}")
    @CsvSource({"save, save", "save-recovery, save", "expansion-seats, expansion", "pb-42, save", "saved-accounts, save"})
    void shouldAcceptAPlaybookOfItsKindOrOfNoKind(String id, String process) {
        String yaml = SAVE.replace("id: save", "id: " + id).replace("process: save", "process: " + process);
        assertThat(reader.read(id + ".yaml", yaml).process()).isEqualTo(process);
    }

    @Test
    void shouldAcceptEveryShippedPlaybook() {
        for (String file : List.of("save.yaml", "onboarding.yaml", "renewal.yaml", "expansion.yaml")) {
            assertThat(reader.read(file, shipped(file)).id()).isEqualTo(file.replace(".yaml", ""));
        }
    }

    @Test
    void shouldStillReadAStoredVersionWhoseValuesAreImpossible() {
        String stored = withCheckIn("PT-4H", "PT1S");
        assertThat(reader.readStored("save v9", stored).tasks().get("csm-check-in").sla()).isEqualTo("PT-4H");
        assertThat(catchThrowableOfType(() -> reader.read("save.yaml", stored), InvalidPlaybookException.class)).isNotNull();
    }

    /** The shipped save playbook with the check-in's SLAs replaced. */
    private static String withCheckIn(String sla, String escalateAfter) {
        String yaml = SAVE.replace("  csm-check-in:\n    assignee: CSM\n    sla: 5bd\n    escalateAfter: 8bd\n",
                "  csm-check-in:\n    assignee: CSM\n    sla: " + sla + "\n    escalateAfter: " + escalateAfter + "\n");
        assertThat(yaml).as("the shipped check-in is where the test expects it").isNotEqualTo(SAVE);
        return yaml;
    }

    /** The 1-based line of the first line of {@code yaml} that starts with {@code start}, below the tasks. */
    private static int lineOf(String yaml, String start) {
        List<String> lines = yaml.lines().toList();
        int from = start.startsWith(" ") ? lines.indexOf("  csm-check-in:") : 0;
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with '" + start + "'");
    }

    private static String shipped(String file) {
        try {
            return Files.readString(Path.of("../playbooks/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
