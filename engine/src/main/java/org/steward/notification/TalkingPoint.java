package org.steward.notification;

/** One point a QBR should raise: its topic (renewal, health, usage, ...), a one-line headline, the detail and why it ranks where it does. */
public record TalkingPoint(String topic, String headline, String detail, int weight) {
}
