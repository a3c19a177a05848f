package org.steward.task;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user away from {@code startsOn} to {@code endsOn} (inclusive): new tasks go to the substitute meanwhile. */
@Entity
@Table(name = "out_of_office")
class OutOfOffice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String substitute;

    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutOfOffice() {
    }

    OutOfOffice(String username, LocalDate startsOn, LocalDate endsOn, String substitute, String note, Instant createdAt) {
        this.username = username;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.substitute = substitute;
        this.note = note;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getSubstitute() {
        return substitute;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
