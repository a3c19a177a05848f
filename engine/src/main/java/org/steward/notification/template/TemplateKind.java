package org.steward.notification.template;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a template is for, read from the start of its id. The kind decides the model a template is
 * rendered with (and the sample model it is checked against) and whether it must assign a {@code subject}.
 */
public enum TemplateKind {
    /** Customer-facing e-mail per playbook step and DISC style: {@code customer/<step>/<D|I|S|C|neutral>}. */
    CUSTOMER("customer/", true),
    /** Internal notice about one task: {@code notice/task-assigned}, {@code notice/sla-lapsing}, {@code notice/escalated}. */
    NOTICE("notice/", true),
    /** The daily digest of one CSM. */
    CSM_DIGEST("digest/csm/", true),
    /** The weekly digest of one team lead. */
    TEAM_LEAD_DIGEST("digest/team-lead/", true),
    /** The HTML draft of a quarterly business review. */
    QBR("qbr/", false);

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9-]*)+");

    private final String prefix;
    private final boolean needsSubject;

    TemplateKind(String prefix, boolean needsSubject) {
        this.prefix = prefix;
        this.needsSubject = needsSubject;
    }

    public String prefix() {
        return prefix;
    }

    /** A message template must assign {@code subject}; a document need not. */
    public boolean needsSubject() {
        return needsSubject;
    }

    /** The kind of a well-formed template id, or empty when the id is malformed or starts with no known prefix. */
    public static Optional<TemplateKind> of(String templateId) {
        if (templateId == null || templateId.length() > 200 || !ID.matcher(templateId).matches()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> templateId.startsWith(k.prefix) && templateId.length() > k.prefix.length()).findFirst();
    }
}
