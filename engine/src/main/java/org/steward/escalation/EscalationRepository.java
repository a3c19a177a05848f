package org.steward.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EscalationRepository extends JpaRepository<Escalation, Long>, JpaSpecificationExecutor<Escalation> {

    boolean existsByDedupKey(String dedupKey);

    List<Escalation> findByTaskIdAndStatus(String taskId, EscalationStatus status);

    List<Escalation> findByPlayIdAndStatus(String playId, EscalationStatus status);

    List<Escalation> findByTeamLeadAndStatusOrderByCreatedAt(String teamLead, EscalationStatus status);
}
