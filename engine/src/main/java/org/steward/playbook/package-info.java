/**
 * Playbooks: what a play does and says (process, entry criteria, tasks with assignee and SLA, wording per
 * DISC style), authored as YAML, validated against a schema, versioned in the database.
 * {@link org.steward.playbook.PlaybookStore} is the API plays use.
 */
package org.steward.playbook;
