package org.steward.account;

import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.system.web.InvalidInputException;

/**
 * Takes account facts in, in batches of one kind, idempotent on each kind's natural key.
 *
 * <p>A batch is checked whole first: Bean Validation on every row, the kind's rules across fields (a contract
 * starts on or before its renewal, an invoice is due on or after its issue, facts that happened are not in the
 * future), keys repeated inside the batch, accounts, contacts and users that do not exist. A batch with any
 * problem throws {@link InvalidInputException} naming each one by row index and field, and nothing of it is
 * stored; a valid batch is stored in one transaction. Rows that are stored exactly so already are reported
 * unchanged and not written again. When rows changed, {@link AccountFactsChanged} is published. A batch the
 * database rolls back to break a deadlock with another batch is stored again (a few times) rather than refused.
 */
@Service
public class FactIngestion {

    /**
     * How often a batch is stored before its deadlock is reported. Batches sent in parallel that upsert rows of the
     * same accounts take InnoDB's row and gap locks in different orders; the database then rolls one back, which is
     * tried again since nothing of it was kept.
     */
    private static final int STORE_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(FactIngestion.class);

    private final FactTypes types;
    private final Validator validator;
    private final References references;
    private final FactStore store;
    private final Clock clock;

    /**
     * Facts are plain records, never JPA entities: the validator skips asking JPA whether each property is
     * loaded, which otherwise costs as much as the checks themselves.
     */
    FactIngestion(FactTypes types, ValidatorFactory validation, References references, FactStore store, Clock clock) {
        this.types = types;
        this.validator = validation.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
        this.references = references;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Checks and stores a batch held in memory; every problem is listed.
     *
     * @param rows records of {@code kind.recordType()}
     * @throws InvalidFactsException when any row is invalid (nothing is stored)
     */
    public IngestReport ingest(FactKind kind, List<? extends Record> rows) {
        return ingest(kind, FactSource.of(rows), Integer.MAX_VALUE);
    }

    /**
     * Checks every row of the source, then stores them all in one transaction (reading the source twice).
     *
     * @param maxProblems how many problems the exception lists at most; it counts them all
     * @throws InvalidFactsException when any row is invalid or unreadable (nothing is stored)
     */
    public IngestReport ingest(FactKind kind, FactSource source, int maxProblems) {
        return ingest(types.of(kind), source, maxProblems);
    }

    private <R extends Record> IngestReport ingest(FactType<R> type, FactSource source, int maxProblems) {
        FactCheck<R> check = new FactCheck<>(type, validator, references, LocalDate.now(clock), maxProblems);
        source.read(check);
        check.throwIfInvalid();
        for (int attempt = 1; ; attempt++) {
            try {
                return store.store(type, source);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == STORE_ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw e;
                }
                log.info("Storing a batch of {} was chosen as a deadlock victim (attempt {} of {}); trying again",
                        type.kind(), attempt, STORE_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A short, random pause that grows with the attempt, so the batches that collided do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to store a batch again", e);
        }
    }

    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }
}
