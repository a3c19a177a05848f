package org.steward.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.scoring.AccountAssessment;
import org.steward.scoring.AccountFacts;
import org.steward.scoring.AccountScorer;
import org.steward.scoring.AccountSnapshot;
import org.steward.scoring.CompiledRuleSet;
import org.steward.scoring.FactAssembler;
import org.steward.scoring.PastScore;
import org.steward.scoring.RuleSetCompilation;
import org.steward.scoring.RuleSetCompiler;
import org.steward.scoring.ShippedRuleSet;

/**
 * Rules-only scoring throughput: the shipped rule set on account facts already in memory (healthy,
 * declining, growing and erratic accounts with 90 days of daily usage), on 1 thread and on as many
 * threads as cores. Also reports the compile time of the rule set and the cost of assembling facts.
 *
 * <pre>
 * ./mvnw -q -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp engine/target/classes:engine/target/test-classes:$(cat engine/target/cp.txt) \
 *      org.steward.benchmark.ScoringBenchmark [accounts=20000] [rounds=5]
 * </pre>
 */
public final class ScoringBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final List<String> FEATURES = List.of("dashboards", "reports", "alerts", "integrations", "api",
            "sso", "audit-log", "sandbox");

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int cores = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        CompiledRuleSet ruleSet = compile();
        System.out.printf("compile shipped rule set (cold): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        compile();
        System.out.printf("compile shipped rule set (warm): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Random random = new Random(42);
        List<AccountFacts> book = new ArrayList<>(accounts);
        start = System.nanoTime();
        for (int i = 0; i < accounts; i++) {
            book.add(FactAssembler.assemble(snapshot(i, random), ruleSet.parameters()));
        }
        double assembleSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("assemble facts from 90 days of usage: %,.0f accounts/s (%d accounts, 1 thread, cold)%n",
                accounts / assembleSeconds, accounts);

        AccountScorer scorer = new AccountScorer(ruleSet);
        int[] tiers = new int[3];
        for (AccountFacts facts : book) {
            if (scorer.evaluate(facts) instanceof AccountAssessment assessment) {
                tiers[assessment.tier().ordinal()]++;
            }
        }
        System.out.printf("tiers green/yellow/red: %d/%d/%d%n", tiers[0], tiers[1], tiers[2]);

        run(scorer, book, cores);
        for (int threads : new int[] {1, cores}) {
            double[] wall = new double[rounds];
            double[] cpu = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                double[] rates = run(scorer, book, threads);
                wall[round] = rates[0];
                cpu[round] = rates[1];
            }
            System.out.printf("rules only, %d thread(s): median %,.0f accounts/s wall clock, %,.0f accounts per CPU "
                    + "second (wall rounds: %s)%n", threads, median(wall), median(cpu),
                    Arrays.toString(Arrays.stream(wall).mapToLong(Math::round).toArray()));
        }
        System.out.printf("load average during the run: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static CompiledRuleSet compile() {
        RuleSetCompilation compilation = new RuleSetCompiler().compile(ShippedRuleSet.files());
        if (!(compilation instanceof CompiledRuleSet compiled)) {
            throw new IllegalStateException("shipped rule set does not compile: " + compilation);
        }
        return compiled;
    }

    /** Scores the whole book on {@code threads} threads: accounts per wall-clock second and per CPU second. */
    private static double[] run(AccountScorer scorer, List<AccountFacts> book, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long cpuStart = cpuClock.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < book.size(); i = next.getAndIncrement()) {
                    if (!(scorer.evaluate(book.get(i)) instanceof AccountAssessment)) {
                        failures.incrementAndGet();
                    }
                }
                return cpuClock.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        long cpuNanos = 0;
        for (Future<Long> worker : workers) {
            cpuNanos += worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " accounts failed to score");
        }
        return new double[] {book.size() / seconds, book.size() / (cpuNanos / 1e9)};
    }

    /** One account of a book: its shape (healthy, declining, growing, erratic) follows its number. */
    public static AccountSnapshot snapshot(int n, Random random) {
        return snapshot("acct-" + n, n, random, TODAY);
    }

    /** Account {@code n} of a book scored on {@code today}, with the external id {@code id}. */
    public static AccountSnapshot snapshot(String id, int n, Random random, LocalDate today) {
        Segment segment = Segment.values()[n % 3];
        int seats = 20 + random.nextInt(480);
        LocalDate start = today.minusDays(60 + random.nextInt(900));
        AccountFact account = new AccountFact(id, "Account " + n, segment, n % 2 == 0 ? "growth" : "starter",
                BigDecimal.valueOf(10_000L + random.nextInt(200_000)), seats, start, start.plusYears(
                        (today.toEpochDay() - start.toEpochDay()) / 365 + 1), "csm" + (n % 8 + 1), "lead1", null);
        int shape = n % 4;
        double baseLogins = seats * (1 + random.nextDouble() * 2);
        List<UsageFact> usage = new ArrayList<>(90);
        for (int back = 89; back >= 0; back--) {
            double progress = (89 - back) / 89.0;
            double factor = switch (shape) {
                case 1 -> 1 - 0.6 * progress;
                case 2 -> 0.7 + 0.5 * progress;
                case 3 -> 0.4 + random.nextDouble() * 1.2;
                default -> 0.9 + random.nextDouble() * 0.2;
            };
            int seatsUsed = (int) Math.min(seats, seats * (0.45 + 0.45 * factor));
            usage.add(new UsageFact(id, today.minusDays(back), seatsUsed, (int) (baseLogins * factor),
                    FEATURES.subList(0, 3 + (int) (5 * Math.min(1, factor)) % 6), (long) (5_000 * factor), 10_000L,
                    seatsUsed, "team-" + random.nextInt(1 + shape)));
        }
        List<ContactFact> contacts = List.of(
                new ContactFact(id + "-c1", id, "Champion", null, "VP Operations", true, Disc.values()[n % 4], shape != 1),
                new ContactFact(id + "-c2", id, "Admin", null, "IT Manager", false, null, true));
        List<TicketFact> tickets = shape == 1 ? List.of(new TicketFact(id + "-t1", id, "slow", TicketPriority.HIGH,
                TicketStatus.OPEN, today.minusDays(12), null)) : List.of();
        List<NpsFact> nps = List.of(new NpsFact(id + "-n1", id, null, 9, today.minusDays(120), null),
                new NpsFact(id + "-n2", id, null, shape == 1 ? 5 : 8 + random.nextInt(3), today.minusDays(15), null));
        List<InvoiceFact> invoices = shape == 3 ? List.of(new InvoiceFact(id + "-i1", id, BigDecimal.TEN, "EUR",
                today.minusDays(50), today.minusDays(20), null)) : List.of();
        List<AssessmentFact> assessments = n % 5 == 0 ? List.of()
                : List.of(new AssessmentFact(id, today.minusDays(random.nextInt(60)), 3 + random.nextInt(8), "csm", null));
        List<PastScore> pastScores = List.of(new PastScore(today.minusDays(90), 70), new PastScore(today.minusDays(60), 72),
                new PastScore(today.minusDays(30), 75), new PastScore(today.minusDays(10), 78));
        return new AccountSnapshot(today, account, contacts, usage, tickets, nps, invoices, assessments, pastScores,
                List.of());
    }
}
