package org.steward.playbook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.steward.system.versioning.PublishedVersion;

/** One published version of a playbook, kept as its authors wrote it. */
@Entity
@Table(name = "playbook_version")
class PlaybookVersion extends PublishedVersion {

    @Column(name = "playbook_id", nullable = false, length = 64)
    private String playbookId;

    protected PlaybookVersion() {
    }

    PlaybookVersion(String playbookId, int version, String source, Instant publishedAt, String publishedBy, String note) {
        super(version, source, publishedAt, publishedBy, note);
        this.playbookId = playbookId;
    }

    String getPlaybookId() {
        return playbookId;
    }
}
