package org.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.kie.kogito.Model;
import org.kie.kogito.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.play.SavePlays;
import org.steward.user.UserDirectory;

/** Base of the play, task and escalation API tests: {@link ApiTest} plus save plays, the extra users and table reads. */
public abstract class PlayApiTest extends ApiTest {

    @Autowired
    protected SavePlays savePlays;

    @Autowired
    private Processes processes;

    protected final PlayFixture db = new PlayFixture();

    protected TransactionTemplate transaction;

    @Autowired
    public void ensurePlayUsers(UserDirectory users) {
        PlayFixture.ensureUsers(users);
    }

    @Autowired
    public void transactions(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Completes the task through the API as this user; fails the test unless the answer is 200. */
    protected void completeTask(String taskId, String user, Map<String, Object> outcome) {
        ResponseEntity<Map> done = as(user).postForEntity("/api/v1/tasks/" + taskId + "/complete", outcome, Map.class);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** A variable of a running play (null once the play ended). */
    protected Object variable(String process, String playId, String name) {
        return transaction.execute(status -> processes.processById(process).instances().findById(playId)
                .map(instance -> ((Model) instance.variables()).toMap().get(name)).orElse(null));
    }
}
