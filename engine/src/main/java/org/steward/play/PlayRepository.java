package org.steward.play;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PlayRepository extends JpaRepository<Play, String>, JpaSpecificationExecutor<Play> {

    Optional<Play> findFirstByAccountExternalIdAndKindAndStatus(String accountExternalId, String kind, PlayStatus status);

    List<Play> findByAccountExternalIdAndStatus(String accountExternalId, PlayStatus status);

    boolean existsByAccountExternalIdAndKindAndStartAssessmentId(String accountExternalId, String kind, Long startAssessmentId);

    List<Play> findByKindAndStatusOrderByStartedAt(String kind, PlayStatus status);
}
