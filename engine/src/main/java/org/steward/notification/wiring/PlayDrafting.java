package org.steward.notification.wiring;

import java.time.Clock;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.account.AccountOverviews.AccountOverview;
import org.steward.notification.CustomerContact;
import org.steward.notification.CustomerMessage;
import org.steward.notification.MessageDrafts;
import org.steward.notification.template.TemplateStore;
import org.steward.notification.wiring.MessageLedger.Written;
import org.steward.play.PlayStarted;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;

/**
 * A play that starts gets its customer draft: check-in (yellow) or recovery plan (red) for a save play, the
 * success-review invitation for a renewal, the conversation opener for an expansion, in the addressed contact's
 * DISC style and quoting the account's own numbers (see {@link OutreachFacts}), in the outbox of the account's CSM.
 * <p>
 * No draft lost, none twice: {@link PlayStarted} arrives inside the transaction that starts the play, and this
 * listener only schedules a durable job there ({@code scheduled_tasks}, same transaction): the job exists exactly
 * when the play committed. The job runs after the commit on whichever node picks it, and writes the draft together
 * with its ledger key {@code play-draft:<play>} in one transaction of its own; run again (a crash before db-scheduler
 * recorded it done, a retry) it finds the key and writes nothing. Drafting never fails or slows the play's start.
 */
@Component
class PlayDrafting {

    private static final Logger log = LoggerFactory.getLogger(PlayDrafting.class);
    static final String PURPOSE = "play-draft";

    /** What the job needs, as the event had it. */
    record DraftRequest(String playId, String kind, String accountExternalId, String reason, String variant, String contactExternalId) {
    }

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<DraftRequest>> job;
    private final MessageProperties properties;
    private final Clock clock;

    PlayDrafting(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<DraftRequest>> job, MessageProperties properties,
                 Clock clock) {
        this.scheduler = scheduler;
        this.job = job;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(PlayStarted started) {
        if (!properties.playDrafts().enabled() || started.accountExternalId() == null) {
            return;
        }
        DraftRequest request = new DraftRequest(started.playId(), started.kind(), started.accountExternalId(), started.reason(),
                started.variant(), started.contactExternalId());
        scheduler.getObject().scheduleIfNotExists(job.getObject().instance(started.playId(), request), clock.instant());
    }

    /** The job's work: writes the draft once per play (see the class comment). */
    @Component
    static class Writer {

        private final MessageLedger ledger;
        private final AccountOverviews accounts;
        private final TaskReads tasks;
        private final TemplateStore templates;
        private final MessageDrafts drafts;
        private final MessageProperties properties;

        Writer(MessageLedger ledger, AccountOverviews accounts, TaskReads tasks, TemplateStore templates, MessageDrafts drafts,
               MessageProperties properties) {
            this.ledger = ledger;
            this.accounts = accounts;
            this.tasks = tasks;
            this.templates = templates;
            this.drafts = drafts;
            this.properties = properties;
        }

        void write(DraftRequest request) {
            boolean ran = ledger.once(PURPOSE + ":" + request.playId(), PURPOSE, null, () -> draft(request));
            if (!ran) {
                log.info("Play {} has its draft already", request.playId());
            }
        }

        private Written draft(DraftRequest request) {
            Optional<String> step = step(request);
            if (step.isEmpty()) {
                return Written.skipped("no customer template for a " + request.kind() + " play");
            }
            int days = properties.playDrafts().usageDays();
            Optional<AccountOverview> account = accounts.find(request.accountExternalId(), 2 * days);
            if (account.isEmpty()) {
                return Written.skipped("account " + request.accountExternalId() + " has no facts in Steward");
            }
            OutreachFacts facts = new OutreachFacts(account.get(), days);
            Optional<CustomerContact> contact = facts.contact(request.contactExternalId(), request.variant());
            if (contact.isEmpty()) {
                return Written.skipped("account " + request.accountExternalId() + " has no active contact");
            }
            Optional<CustomerMessage> message = facts.forPlay(request.kind(), request.reason());
            if (message.isEmpty()) {
                return Written.skipped("the facts of account " + request.accountExternalId() + " hold nothing concrete for a "
                        + request.kind() + " message (no usage change, ticket or NPS response to quote)");
            }
            long id = drafts.draftForCustomer(facts.customerAccount(), contact.get(), step.get(), message.get()).id();
            log.info("Play {} ({}): {} draft {} for {}", request.playId(), request.kind(), step.get(), id, account.get().csmOwner());
            return Written.message(id);
        }

        /** The customer step for this play: by kind and one of its tasks ({@code save.recovery-plan}), else by kind. */
        private Optional<String> step(DraftRequest request) {
            var steps = properties.playDrafts().steps();
            Optional<String> step = tasks.ofPlay(request.playId()).stream().map(TaskSummary::name)
                    .map(name -> steps.get(request.kind() + "." + name)).filter(s -> s != null).findFirst()
                    .or(() -> Optional.ofNullable(steps.get(request.kind())));
            return step.filter(s -> !s.isBlank()).filter(s -> templates.find(MessageDrafts.templateFor(s, null)).isPresent());
        }
    }
}
