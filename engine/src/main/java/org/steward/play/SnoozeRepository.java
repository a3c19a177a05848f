package org.steward.play;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SnoozeRepository extends JpaRepository<Snooze, Long> {

    List<Snooze> findByAccountExternalIdOrderByStartsAtDesc(String accountExternalId);

    @Query("SELECT s FROM Snooze s WHERE s.accountExternalId = ?1 AND s.playKind = ?2 AND s.cancelledAt IS NULL"
            + " AND s.startsAt <= ?3 AND s.endsAt > ?3 ORDER BY s.endsAt DESC")
    List<Snooze> findActive(String accountExternalId, String playKind, Instant now);
}
