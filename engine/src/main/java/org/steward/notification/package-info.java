/**
 * Messages: FreeMarker templates per playbook step and DISC style, rendered in a sandbox; an outbox that
 * stores every message with its state and sends it through Jakarta Mail, never twice.
 * <ul>
 *   <li>{@link org.steward.notification.MessageDrafts} drafts a customer-facing e-mail for the account's CSM to review;</li>
 *   <li>{@link org.steward.notification.Notices} sends an internal notice or digest to a Steward user at once;</li>
 *   <li>{@link org.steward.notification.QbrDrafts} writes the HTML draft of a quarterly business review.</li>
 * </ul>
 * Models are plain records of this package; their components are the templates' top-level variables.
 */
package org.steward.notification;
