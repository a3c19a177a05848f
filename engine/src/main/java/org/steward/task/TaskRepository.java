package org.steward.task;

import java.time.Instant;
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

    /**
     * The group inbox, one page by due date: tasks offered to this user or to one of these groups that the user does
     * not hold, filtered as the inbox asks ({@code status} null: open tasks; {@code overdue} null: either). The offers
     * (the candidate tables hold open tasks only) drive the query, so its cost follows the number of tasks offered to
     * the user, not the size of the task table; only the page's rows are read in full.
     */
    @Query(value = "SELECT t.* FROM play_task t JOIN (SELECT x.id, x.due_at" + OFFERED_FILTERED
            + " ORDER BY x.due_at, x.id LIMIT :limit OFFSET :offset) p ON p.id = t.id ORDER BY p.due_at, p.id", nativeQuery = true)
    List<Task> offeredPage(String username, Collection<String> groups, String status, Boolean overdue, Instant now,
                           String account, int limit, long offset);

    /** How many tasks {@link #offeredPage} finds in all. */
    @Query(value = "SELECT COUNT(*)" + OFFERED_FILTERED, nativeQuery = true)
    long countOffered(String username, Collection<String> groups, String status, Boolean overdue, Instant now, String account);

    /** Tasks offered to the user or their groups (UNION: a task offered both ways counts once), filtered as the inbox asks. */
    String OFFERED_FILTERED = " FROM (SELECT c.task_id FROM play_task_candidate c WHERE c.username = :username"
            + " UNION SELECT g.task_id FROM play_task_candidate_group g WHERE g.group_name IN (:groups)) o"
            + " JOIN play_task x ON x.id = o.task_id"
            + " WHERE (x.assignee IS NULL OR x.assignee <> :username)"
            + " AND (CASE WHEN :status IS NULL THEN x.is_open = TRUE ELSE x.status = :status END)"
            + " AND (:overdue IS NULL OR (:overdue = TRUE AND x.is_open = TRUE AND x.due_at < :now)"
            + " OR (:overdue = FALSE AND (x.due_at IS NULL OR x.due_at >= :now)))"
            + " AND (:account IS NULL OR x.account_external_id = :account)";

    /** The open task of a play's BPMN user task node, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.playId = :playId and t.nodeId = :nodeId and t.open = true")
    List<Task> lockOpen(String playId, String nodeId);
}
