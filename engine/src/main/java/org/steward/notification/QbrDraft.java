package org.steward.notification;

import java.util.List;

/** The HTML draft of a quarterly business review, the points it raises, and the template version that wrote it. */
public record QbrDraft(String html, List<TalkingPoint> points, String templateId, int templateVersion) {
}
