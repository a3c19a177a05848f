package org.steward.scoring;

/** A rule that failed while an account was evaluated: names the account and the rule (null when unknown). */
public class RuleFailureException extends RuntimeException {

    private final String accountId;
    private final String ruleName;

    public RuleFailureException(String accountId, String ruleName, String reason, Throwable cause) {
        super("account " + accountId + ": rule " + (ruleName == null ? "(unknown)" : "\"" + ruleName + "\"")
                + " failed: " + reason, cause);
        this.accountId = accountId;
        this.ruleName = ruleName;
    }

    public String accountId() {
        return accountId;
    }

    public String ruleName() {
        return ruleName;
    }
}
