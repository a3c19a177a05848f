package org.steward.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, String>, JpaSpecificationExecutor<Task> {

    /** The task, locked until the transaction ends: commands on one task (and its timers) run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.id = :id")
    Optional<Task> lock(String id);

    /** These tasks, locked, in id order (so two bulk commands cannot deadlock). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.id in :ids order by t.id")
    List<Task> lockAll(Collection<String> ids);

    /** The ids of the (open) tasks offered to this user or to one of these groups. */
    @Query(value = "SELECT task_id FROM play_task_candidate WHERE username = :username"
            + " UNION SELECT task_id FROM play_task_candidate_group WHERE group_name IN (:groups)", nativeQuery = true)
    List<String> offeredTo(String username, Collection<String> groups);

    /** The open task of a play's BPMN user task node, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.playId = :playId and t.nodeId = :nodeId and t.open = true")
    List<Task> lockOpen(String playId, String nodeId);
}
