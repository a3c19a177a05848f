package org.steward.playbook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of a playbook, kept as its authors wrote it. */
@Entity
@Table(name = "playbook_version")
class PlaybookVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "playbook_id", nullable = false, length = 64)
    private String playbookId;

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

    protected PlaybookVersion() {
    }

    PlaybookVersion(String playbookId, int version, String source, Instant publishedAt, String publishedBy, String note) {
        this.playbookId = playbookId;
        this.version = version;
        this.source = source;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    String getPlaybookId() {
        return playbookId;
    }

    int getVersion() {
        return version;
    }

    String getSource() {
        return source;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getPublishedBy() {
        return publishedBy;
    }

    String getNote() {
        return note;
    }
}
