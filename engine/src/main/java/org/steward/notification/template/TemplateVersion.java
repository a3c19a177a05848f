package org.steward.notification.template;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.steward.system.versioning.PublishedVersion;

/** One published version of a template, as its author wrote it. */
@Entity
@Table(name = "message_template_version")
class TemplateVersion extends PublishedVersion {

    @Column(name = "template_id", nullable = false, length = 200)
    private String templateId;

    protected TemplateVersion() {
    }

    TemplateVersion(String templateId, int version, String source, Instant publishedAt, String publishedBy, String note) {
        super(version, source, publishedAt, publishedBy, note);
        this.templateId = templateId;
    }

    PublishedTemplate published() {
        return new PublishedTemplate(templateId, TemplateKind.of(templateId).orElseThrow(), getVersion(), getPublishedAt(),
                getPublishedBy(), getNote(), getSource());
    }

    String getTemplateId() {
        return templateId;
    }
}
