package org.steward.system.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds the time and memory of every run of authored code: a rule set evaluating an account, a template
 * rendering. Each thread that runs such code has a slot holding when its run must end and how much it had
 * allocated when it began; one daemon thread looks at the running slots every {@link #PERIOD} and interrupts
 * the thread of a run that is over its time or has allocated more than its memory limit. The interrupt is what
 * the authored code's own checks turn into a stop (the rule budget written into a rule set's classes at every
 * method and loop turn; FreeMarker's interrupt checks between a template's instructions). Starting and ending
 * an evaluation costs two volatile writes and an uncontended lock, so this stays off the scoring hot path.
 * Memory is the thread's allocation (HotSpot's per-thread counter), read on the watchdog's thread.
 */
public final class Watchdog {

    public static final Duration PERIOD = Duration.ofMillis(5);

    private static final Watchdog INSTANCE = new Watchdog();

    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Slot> slotOfThread = ThreadLocal.withInitial(this::newSlot);
    private final com.sun.management.ThreadMXBean threads = allocationCounter();

    private Watchdog() {
        Thread watcher = new Thread(this::watch, "authored-code-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    public static Watchdog get() {
        return INSTANCE;
    }

    /** Marks the start of a run on this thread, with its limits; {@link Slot#end()} it in a finally. */
    public Slot start(Duration time, long memoryBytes) {
        Slot slot = slotOfThread.get();
        slot.begin(System.nanoTime() + time.toNanos(), memoryBytes, allocated(slot.thread));
        return slot;
    }

    private Slot newSlot() {
        Slot slot = new Slot(Thread.currentThread());
        slots.add(slot);
        return slot;
    }

    private long allocated(Thread thread) {
        return threads == null ? 0 : threads.getThreadAllocatedBytes(thread.getId());
    }

    private void watch() {
        while (true) {
            LockSupport.parkNanos(PERIOD.toNanos());
            long now = System.nanoTime();
            for (Slot slot : slots) {
                if (!slot.thread.isAlive()) {
                    slots.remove(slot);
                    continue;
                }
                long deadline = slot.deadline;
                if (deadline == 0) {
                    continue;
                }
                if (now - deadline > 0) {
                    slot.stop(deadline, Stop.TIME);
                } else if (threads != null && allocated(slot.thread) - slot.allocatedAtStart > slot.memoryLimit) {
                    slot.stop(deadline, Stop.MEMORY);
                }
            }
        }
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }

    /** Why an evaluation was stopped. */
    public enum Stop {
        TIME, MEMORY
    }

    /** One thread's current evaluation. */
    public static final class Slot {

        private final Thread thread;
        private volatile long deadline;
        private long memoryLimit;
        private long allocatedAtStart;
        private Stop stopped;

        private Slot(Thread thread) {
            this.thread = thread;
        }

        private void begin(long deadline, long memoryLimit, long allocatedAtStart) {
            this.memoryLimit = memoryLimit;
            this.allocatedAtStart = allocatedAtStart;
            this.deadline = deadline == 0 ? 1 : deadline;
        }

        private synchronized void stop(long seenDeadline, Stop why) {
            if (deadline == seenDeadline && stopped == null) {
                stopped = why;
                thread.interrupt();
            }
        }

        /**
         * Ends the evaluation: clears the interrupt the watchdog set, if it set one, and says whether (and why)
         * the evaluation was stopped; null when it was not. An interrupt from anyone else stays set.
         */
        public synchronized Stop end() {
            deadline = 0;
            Stop why = stopped;
            if (why != null) {
                stopped = null;
                Thread.interrupted();
            }
            return why;
        }
    }
}
