package org.steward.notification.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    Optional<TemplateVersion> findFirstByTemplateIdOrderByVersionDesc(String templateId);

    Optional<TemplateVersion> findByTemplateIdAndVersion(String templateId, int version);

    List<TemplateVersion> findByTemplateIdOrderByVersionDesc(String templateId);

    boolean existsByTemplateId(String templateId);

    @Query("SELECT v FROM TemplateVersion v WHERE v.version = (SELECT MAX(w.version) FROM TemplateVersion w WHERE w.templateId = v.templateId) ORDER BY v.templateId")
    List<TemplateVersion> findLatestOfEach();
}
