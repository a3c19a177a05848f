package org.steward.playbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaybookVersionRepository extends JpaRepository<PlaybookVersion, Long> {

    Optional<PlaybookVersion> findFirstByPlaybookIdOrderByVersionDesc(String playbookId);

    Optional<PlaybookVersion> findByPlaybookIdAndVersion(String playbookId, int version);

    List<PlaybookVersion> findByPlaybookIdOrderByVersionDesc(String playbookId);

    boolean existsByPlaybookId(String playbookId);

    @Query("SELECT v FROM PlaybookVersion v WHERE v.version = (SELECT MAX(w.version) FROM PlaybookVersion w WHERE w.playbookId = v.playbookId) ORDER BY v.playbookId")
    List<PlaybookVersion> findLatestOfEach();
}
