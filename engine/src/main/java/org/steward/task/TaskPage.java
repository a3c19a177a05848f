package org.steward.task;

import java.util.List;

/** One page of an inbox, sorted by due date, and how many tasks match in all. */
record TaskPage(List<TaskView> items, int page, int size, long total) {
}
