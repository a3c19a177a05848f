package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.account.AccountOverviews.AccountOverview;
import org.steward.escalation.Lateness;
import org.steward.notification.CustomerContact;
import org.steward.notification.CustomerMessage;
import org.steward.notification.Senders;
import org.steward.notification.TaskNotice;
import org.steward.notification.template.CustomerTemplateModel;
import org.steward.notification.template.ModelMaps;
import org.steward.notification.template.Sender;
import org.steward.notification.template.TemplateKind;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;

/**
 * Template models built from one account's real data, for previews: a customer template gets the account, its
 * primary contact and the numbers a play of the template's kind would quote (as {@link PlayDrafting} drafts them); a
 * notice gets the account's open task due soonest, as its assignee would receive it.
 */
@Component
public class AccountModels {

    private final AccountOverviews accounts;
    private final TaskReads tasks;
    private final Senders senders;
    private final MessageProperties properties;
    private final Clock clock;

    AccountModels(AccountOverviews accounts, TaskReads tasks, Senders senders, MessageProperties properties, Clock clock) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
    }

    /** The model of template {@code templateId} for this account; 404 for an unknown account, 400 when it has nothing to show. */
    public Object forTemplate(String templateId, String accountExternalId) {
        TemplateKind kind = TemplateKind.of(templateId).orElseThrow(() -> new InvalidInputException(FieldProblem.of("id", "is not a template id")));
        int days = properties.playDrafts().usageDays();
        AccountOverview account = accounts.find(accountExternalId, 2 * days)
                .orElseThrow(() -> new NotFoundException("account", accountExternalId));
        LocalDate today = LocalDate.now(clock);
        return switch (kind) {
            case CUSTOMER -> customer(templateId, account, days, today);
            case NOTICE -> notice(account, today);
            default -> throw new InvalidInputException(FieldProblem.of("accountExternalId",
                    "a preview against an account is available for customer and notice templates; preview " + templateId + " with its sample model"));
        };
    }

    private CustomerTemplateModel customer(String templateId, AccountOverview account, int days, LocalDate today) {
        OutreachFacts facts = new OutreachFacts(account, days);
        String play = templateId.split("/")[1];
        CustomerContact contact = facts.contact(null, null).orElseThrow(() -> nothing(account, "has no active contact to write to"));
        CustomerMessage message = facts.forPlay(play, null).orElseThrow(() -> nothing(account,
                "has no usage change, ticket or NPS response a " + play + " message could quote"));
        return CustomerTemplateModel.of(facts.customerAccount(), contact, sender(account.csmOwner()), message, today);
    }

    private Map<String, Object> notice(AccountOverview account, LocalDate today) {
        TaskSummary task = tasks.openOfAccount(account.externalId()).stream().findFirst()
                .orElseThrow(() -> nothing(account, "has no open task to write a notice about"));
        String timeLeft = task.dueAt() == null ? null : Lateness.words(Duration.between(clock.instant(), task.dueAt()));
        TaskNotice notice = new TaskNotice(task.id(), task.title(), account.name(), account.externalId(), task.playKind(), task.dueAt(),
                timeLeft, task.escalated() && task.dueAt() != null ? Lateness.words(Duration.between(task.dueAt(), clock.instant())) : null,
                null, null, properties.linkOf(task.id()));
        String recipient = Optional.ofNullable(task.assignee()).orElse(account.csmOwner());
        return ModelMaps.with(notice, Map.of("recipient", sender(recipient), "today", today));
    }

    private Sender sender(String username) {
        return senders.of(username);
    }

    private static InvalidInputException nothing(AccountOverview account, String what) {
        return new InvalidInputException(FieldProblem.of("accountExternalId", "account " + account.externalId() + " " + what));
    }
}
