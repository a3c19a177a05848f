package org.steward.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;
import org.steward.user.Role;

/**
 * The inbox reads a page in a fixed number of SQL statements, however many tasks it shows or the user has: the page,
 * the total (only when the page is full), and the candidates and candidate groups of all the page's tasks at once.
 * Counted by MariaDB on the transaction's own connection ({@code Questions}), so nothing else running can disturb it.
 */
class TaskInboxQueriesTest extends PlayApiTest {

    /** The page, the total, the candidates and the candidate groups of the page's tasks. */
    private static final int STATEMENTS_PER_FULL_PAGE = 4;

    @Autowired
    private TaskInbox inbox;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private DataSource dataSource;

    @Test
    void shouldReadAnInboxPageInAFixedNumberOfStatementsWhateverTheNumberOfTasks() {
        String csm = PlayFixture.account("q-csm");
        String lead = PlayFixture.account("q-lead");
        List<String> escalated = List.of(start(csm, lead, "PT1S", "PT2S"), start(csm, lead, "PT1S", "PT2S"));
        for (int n = 0; n < 28; n++) {
            start(csm, lead, "5bd", "8bd");
        }
        escalated.forEach(play -> db.awaitEscalation(play, "CS_DIRECTOR", Duration.ofSeconds(20)));
        Caller me = new Caller(csm, EnumSet.of(Role.CSM));
        Caller teamLead = new Caller(lead, EnumSet.of(Role.TEAM_LEAD));
        Caller director = new Caller("t-director", EnumSet.of(Role.CS_DIRECTOR));

        Counted small = counted(() -> inbox.inbox(me, query(TaskInbox.Scope.ME, 5)));
        Counted large = counted(() -> inbox.inbox(me, query(TaskInbox.Scope.ME, 30)));
        assertThat(small.page().items()).hasSize(5);
        assertThat(large.page().items()).hasSize(30);
        assertThat(large.page().items()).filteredOn(TaskView::escalated).hasSize(2)
                .allSatisfy(task -> assertThat(task.candidates()).contains(csm, lead));
        assertThat(small.statements()).isEqualTo(STATEMENTS_PER_FULL_PAGE).isEqualTo(large.statements());

        Counted group = counted(() -> inbox.inbox(teamLead, query(TaskInbox.Scope.GROUP, 1)));
        Counted wholeGroup = counted(() -> inbox.inbox(teamLead, query(TaskInbox.Scope.GROUP, 20)));
        assertThat(wholeGroup.page().items()).hasSize(2).allSatisfy(task -> assertThat(task.candidateGroups()).contains("CS_DIRECTOR"));
        assertThat(group.statements()).as("a full page, counted").isEqualTo(STATEMENTS_PER_FULL_PAGE);
        assertThat(wholeGroup.statements()).as("a page that holds them all, not counted").isEqualTo(group.statements() - 1);

        Counted directors = counted(() -> inbox.inbox(director, query(TaskInbox.Scope.GROUP, 200)));
        assertThat(directors.page().items()).extracting(TaskView::accountExternalId).isNotEmpty();
        assertThat(directors.statements()).isLessThanOrEqualTo(STATEMENTS_PER_FULL_PAGE);

        Counted team = counted(() -> inbox.inbox(teamLead, query(TaskInbox.Scope.TEAM, 20)));
        assertThat(team.page().total()).isEqualTo(30);
        assertThat(team.statements()).isEqualTo(STATEMENTS_PER_FULL_PAGE);
    }

    private String start(String csm, String lead, String sla, String directorSla) {
        return savePlays.start(new SavePlayStart(PlayFixture.account("Q"), SaveTier.YELLOW, csm, lead, "test", sla, directorSla));
    }

    private static TaskInbox.Query query(TaskInbox.Scope scope, int size) {
        return new TaskInbox.Query(scope, null, null, null, 0, size);
    }

    private record Counted(TaskPage page, long statements) {
    }

    /** Runs the read in a transaction of its own and counts the statements it sent. */
    private Counted counted(Supplier<TaskPage> read) {
        long idle = statements(() -> null).statements();
        Counted counted = statements(read);
        return new Counted(counted.page(), counted.statements() - idle);
    }

    private Counted statements(Supplier<TaskPage> read) {
        return new TransactionTemplate(transactions).execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            long before = questions(connection);
            TaskPage page = read.get();
            return new Counted(page, questions(connection) - before);
        });
    }

    private static long questions(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            result.next();
            return result.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
