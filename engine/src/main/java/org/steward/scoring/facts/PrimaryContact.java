package org.steward.scoring.facts;

import org.steward.account.Disc;

/** The contact plays address: the active champion, else the most senior active contact. */
public record PrimaryContact(String contactId, String name, Disc disc, String reason) {
}
