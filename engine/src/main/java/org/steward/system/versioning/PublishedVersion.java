package org.steward.system.versioning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One published version of something CS ops author at run time (a playbook, a message template), kept
 * exactly as its author wrote it. Versions are never changed; the newest one applies from then on.
 */
@MappedSuperclass
public abstract class PublishedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected PublishedVersion() {
    }

    protected PublishedVersion(int version, String source, Instant publishedAt, String publishedBy, String note) {
        this.version = version;
        this.source = source;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    public int getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }
}
