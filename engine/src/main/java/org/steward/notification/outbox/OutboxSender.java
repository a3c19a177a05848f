package org.steward.notification.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.notification.outbox.SmtpHandOff.Outcome;
import org.steward.notification.outbox.SmtpHandOff.Result;

/**
 * Sends approved messages in the background, on every node, when an SMTP server is configured
 * ({@code spring.mail.host}); without one, messages wait in the outbox and nothing is logged per message.
 * <p>
 * Each message goes through three steps, each its own transaction or none:
 * <ol>
 *   <li><b>claim</b>: APPROVED (or FAILED and due) becomes SENDING with a lease and a fresh attempt id, by
 *       a conditional UPDATE — one node, one attempt wins;</li>
 *   <li><b>hand off</b> to SMTP, outside any transaction ({@link SmtpHandOff});</li>
 *   <li><b>record</b> the outcome, only for the attempt that claimed it: SENT, FAILED with the next attempt
 *       after an exponential backoff, FAILED for good, or FAILED with delivery unknown.</li>
 * </ol>
 * A SENDING message whose lease ran out (its node died between claim and record) becomes FAILED with
 * delivery unknown and is not sent again automatically: at most once, never twice.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String LEASE_EXPIRED = "the attempt that was sending this message did not report back before its lease ran out"
            + " (its node stopped or lost the database); the SMTP server may or may not have the message, so Steward does not"
            + " send it again on its own: check with the recipient, then send it again or discard it";

    private final ObjectProvider<JavaMailSenderImpl> mail;
    private final MessageRepository messages;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;
    private final Clock clock;
    private final AtomicLong cycles = new AtomicLong();
    private volatile ScheduledExecutorService executor;
    private volatile SmtpHandOff handOff;
    private volatile boolean running;

    OutboxSender(ObjectProvider<JavaMailSenderImpl> mail, MessageRepository messages, PlatformTransactionManager transactionManager,
                 OutboxProperties properties, Clock clock) {
        this.mail = mail;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /** A message reserved for one attempt. */
    record Claim(long id, String attemptId, Message message) {
    }

    @Override
    public synchronized void start() {
        JavaMailSenderImpl sender = mail.getIfAvailable();
        running = true;
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): messages stay in the outbox, readable at /api/v1/outbox");
            return;
        }
        handOff = new SmtpHandOff(sender, properties);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::cycleSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Outbox sender started: SMTP {}:{}, polling every {}", sender.getHost(), sender.getPort(), properties.pollInterval());
    }

    @Override
    public synchronized void stop() {
        running = false;
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitTermination(30, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many cycles the background loop has finished (lets a test wait for "a few more" without sleeping). */
    long cycles() {
        return cycles.get();
    }

    private void cycleSafely() {
        try {
            cycle();
        } catch (RuntimeException e) {
            log.warn("Outbox cycle failed; trying again in {}", properties.pollInterval(), e);
        } finally {
            cycles.incrementAndGet();
        }
    }

    /** One pass: expire lapsed leases, then send every due message, a batch at a time. */
    void cycle() {
        expireLeases();
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = messages.findDue(now, PageRequest.of(0, properties.batchSize()));
            for (long id : due) {
                if (!running) {
                    return;
                }
                claim(id).ifPresent(claim -> record(claim, handOff(claim)));
            }
        } while (due.size() == properties.batchSize() && running);
    }

    int expireLeases() {
        Integer expired = transactions.execute(status -> messages.expireLeases(LEASE_EXPIRED, clock.instant()));
        if (expired != null && expired > 0) {
            log.warn("{} message(s) were being sent when their sender stopped; marked FAILED, delivery unknown, not resent", expired);
        }
        return expired == null ? 0 : expired;
    }

    Optional<Claim> claim(long id) {
        String attempt = UUID.randomUUID().toString();
        return transactions.execute(status -> {
            Instant now = clock.instant();
            if (messages.claim(id, attempt, now.plus(properties.lease()), now) == 0) {
                return Optional.<Claim>empty();
            }
            return messages.findById(id).map(m -> new Claim(id, attempt, m));
        });
    }

    Result handOff(Claim claim) {
        SmtpHandOff smtp = handOff;
        if (smtp == null) {
            throw new IllegalStateException("No SMTP server configured");
        }
        return smtp.send(claim.message(), clock.instant());
    }

    void record(Claim claim, Result result) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            int attempts = messages.findById(claim.id()).map(m -> m.view().attempts()).orElse(0);
            int changed = switch (result.outcome()) {
                case ACCEPTED -> messages.markSent(claim.id(), claim.attemptId(), now);
                case NOT_ACCEPTED -> {
                    Instant next = attempts >= properties.maxAttempts() ? null : now.plus(properties.backoff(attempts));
                    yield messages.markFailed(claim.id(), claim.attemptId(), next, result.error(), false, now);
                }
                case REJECTED -> messages.markFailed(claim.id(), claim.attemptId(), null, result.error(), false, now);
                case UNKNOWN -> messages.markFailed(claim.id(), claim.attemptId(), null, result.error(), true, now);
            };
            if (changed == 0) {
                log.warn("Message {}: attempt {} ended {} but no longer holds the message", claim.id(), claim.attemptId(), result.outcome());
            }
        });
        if (result.outcome() == Outcome.ACCEPTED) {
            log.info("Message {} sent", claim.id());
        } else {
            log.warn("Message {} not sent ({}): {}", claim.id(), result.outcome(), result.error());
        }
    }
}
