package org.steward.notification.template;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of a template, as its author wrote it. */
@Entity
@Table(name = "message_template_version")
class TemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false, length = 200)
    private String templateId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String source;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(length = 500)
    private String note;

    protected TemplateVersion() {
    }

    TemplateVersion(String templateId, int version, String source, Instant publishedAt, String publishedBy, String note) {
        this.templateId = templateId;
        this.version = version;
        this.source = source;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    PublishedTemplate published() {
        return new PublishedTemplate(templateId, TemplateKind.of(templateId).orElseThrow(), version, publishedAt, publishedBy, note, source);
    }

    String getTemplateId() {
        return templateId;
    }

    int getVersion() {
        return version;
    }
}
