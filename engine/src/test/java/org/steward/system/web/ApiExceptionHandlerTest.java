package org.steward.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiExceptionHandlerTest {

    @Test
    void aDeadlockThatOutlastedTheRetriesIsABusyAnswerToSendAgainNotAnInternalError() {
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().busy(new CannotAcquireLockException("INSERT ...",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getTitle()).isEqualTo("Busy");
        assertThat(answer.getBody().getDetail()).contains("nothing of this request was stored");
    }
}
