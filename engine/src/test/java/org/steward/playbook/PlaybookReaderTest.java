package org.steward.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.system.web.FieldProblem;

class PlaybookReaderTest {

    private final PlaybookReader reader = PlaybookValuesTest.reader(PlaybookValuesTest.DEFAULT_LIMITS);

    @Test
    void shouldReadTheShippedSavePlaybookWithAVariantPerDiscStyle() throws IOException {
        Playbook save = reader.read("save.yaml", Files.readString(Path.of("../playbooks/save.yaml")));

        assertThat(save.process()).isEqualTo("save");
        assertThat(save.tasks().get("csm-check-in").sla()).isEqualTo("5bd");
        assertThat(save.variantFor(Disc.D)).isEqualTo("D");
        assertThat(save.variantFor(null)).isEqualTo("neutral");
        assertThat(save.wording("D", "csm-check-in").title()).startsWith("15-minute results check");
        assertThat(save.wording("S", "csm-check-in").instructions()).contains("No surprises");
        assertThat(save.wording("D", "recovery-plan").template()).isEqualTo("save/recovery-plan");
        assertThat(save.tasks().get("recovery-plan").sla()).isEqualTo("10bd");
        assertThat(save.tasks().get("recovery-plan").escalateAfter()).isEqualTo("13bd");
    }

    @Test
    void shouldReadTheShippedOnboardingRenewalAndExpansionPlaybooks() throws IOException {
        Playbook onboarding = reader.read("onboarding.yaml", Files.readString(Path.of("../playbooks/onboarding.yaml")));
        Playbook renewal = reader.read("renewal.yaml", Files.readString(Path.of("../playbooks/renewal.yaml")));
        Playbook expansion = reader.read("expansion.yaml", Files.readString(Path.of("../playbooks/expansion.yaml")));

        assertThat(onboarding.tasks()).containsOnlyKeys("onboarding-kickoff", "onboarding-first-value", "onboarding-deepening");
        assertThat(onboarding.tasks().get("onboarding-kickoff").sla()).isEqualTo("P7D");
        assertThat(onboarding.wording("D", "onboarding-deepening").title()).as("falls back to neutral").startsWith("Deepening at");
        assertThat(renewal.wording("neutral", "renewal-talks").template()).isEqualTo("renewal/renewal-talks");
        assertThat(renewal.wording("C", "renewal-success-review").template()).isEqualTo("renewal/success-review");
        assertThat(expansion.tasks().get("expansion-conversation").assignee()).isEqualTo("EXPANSION_OWNER");
        assertThat(expansion.wording("I", "expansion-conversation").template()).isEqualTo("expansion/conversation");
        for (Playbook p : java.util.List.of(onboarding, renewal, expansion)) {
            assertThat(p.variants()).containsOnlyKeys("neutral", "D", "I", "S", "C");
        }
    }

    @Test
    void shouldRefuseAFirstValueMilestoneLaterThanDay45() throws IOException {
        String late = Files.readString(Path.of("../playbooks/onboarding.yaml")).replace("sla: P30D\n    escalateAfter: P40D", "sla: P46D\n    escalateAfter: P50D");

        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("onboarding.yaml", late), InvalidPlaybookException.class);

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("/tasks/onboarding-first-value/sla");
        assertThat(e.getMessage()).contains("day 45");
        assertThat(reader.read("onboarding.yaml", late.replace("sla: P46D", "sla: P45D")).tasks().get("onboarding-first-value").sla())
                .isEqualTo("P45D");
    }

    @Test
    void shouldNameThePathAndReasonOfEverySchemaViolation() {
        String yaml = """
                id: Save Play
                name: Save
                process: save
                entry: {tiers: [PURPLE]}
                tasks:
                  csm-check-in: {assignee: CSM}
                variants:
                  D: {tasks: {}}
                """;
        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("save.yaml", yaml), InvalidPlaybookException.class);

        assertThat(e.file()).isEqualTo("save.yaml");
        assertThat(e.problems()).extracting(FieldProblem::field)
                .contains("/id", "/entry/tiers/0", "/tasks/csm-check-in/sla", "/variants/neutral");
        assertThat(e.getMessage()).contains("save.yaml").contains("/tasks/csm-check-in/sla");
    }

    @Test
    void shouldTakeEntrySignalsByTheCodesTheRulesRaiseThem() throws IOException {
        String shipped = Files.readString(Path.of("../playbooks/save.yaml"));
        String withSignals = shipped.replace("  tiers: [YELLOW, RED]", "  tiers: [YELLOW, RED]\n  signals: [logins-down, seats-low]");
        assertThat(withSignals).isNotEqualTo(shipped);
        assertThat(reader.read("save.yaml", withSignals).entry().signals()).containsExactly("logins-down", "seats-low");

        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("save.yaml", withSignals.replace("seats-low", "SEATS_LOW")),
                InvalidPlaybookException.class);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("/entry/signals/1");
    }

    @Test
    void shouldRefuseAnUnknownProcessABadSlaAndWordingForTasksThePlayDoesNotHave() {
        String yaml = """
                id: save
                name: Save
                process: rescue
                entry: {}
                tasks:
                  csm-check-in: {assignee: CSM, sla: five days}
                variants:
                  neutral:
                    tasks:
                      csm-check-in: {title: Check in, instructions: Call them}
                  C:
                    tasks:
                      recovery-plan: {title: Plan, instructions: Write it}
                """;
        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("save.yaml", yaml), InvalidPlaybookException.class);

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("/process", "/tasks/csm-check-in/sla", "/variants/C/tasks/recovery-plan");
        assertThat(e.problems()).extracting(FieldProblem::reason).anyMatch(r -> r.contains("no process 'rescue'"));
    }

    @Test
    void shouldRequireTheNeutralVariantToWordEveryTask() {
        String yaml = """
                id: save
                name: Save
                process: save
                entry: {}
                tasks:
                  csm-check-in: {assignee: CSM, sla: 5bd}
                  team-lead-review: {assignee: TEAM_LEAD, sla: 2bd}
                variants:
                  neutral:
                    tasks:
                      csm-check-in: {title: Check in, instructions: Call them}
                """;
        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("save.yaml", yaml), InvalidPlaybookException.class);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("/variants/neutral/tasks/team-lead-review");
    }

    @Test
    void shouldGiveTheLineOfAYamlSyntaxError() {
        String yaml = "id: save\nname: [unclosed\nprocess: save\n";
        InvalidPlaybookException e = catchThrowableOfType(() -> reader.read("broken.yaml", yaml), InvalidPlaybookException.class);
        assertThat(e.problems().get(0).row()).isGreaterThanOrEqualTo(2);
        assertThat(e.problems().get(0).reason()).startsWith("line ");
    }
}
