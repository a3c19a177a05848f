package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.account.AccountFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;

class DemoBookGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final long SEED = 42;
    private static DemoBook book;
    private static ValidatorFactory validation;

    @BeforeAll
    static void generate() {
        book = new DemoBookGenerator(SEED).generate(200, TODAY);
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @Test
    void shouldGiveTheSameBookForTheSameSeedAndADifferentOneForAnother() {
        assertThat(new DemoBookGenerator(SEED).generate(200, TODAY)).isEqualTo(book);
        assertThat(new DemoBookGenerator(SEED + 1).generate(200, TODAY).usage()).isNotEqualTo(book.usage());
    }

    @Test
    void shouldSpreadAccountsOverSegmentsWithPlausiblePlansArrAndSeats() {
        assertThat(book.accounts()).hasSize(200);
        Map<Segment, List<AccountFact>> bySegment = book.accountFacts().stream().collect(Collectors.groupingBy(AccountFact::segment));
        assertThat(bySegment.get(Segment.ENTERPRISE)).hasSize(30);
        assertThat(bySegment.get(Segment.MID_MARKET)).hasSize(70);
        assertThat(bySegment.get(Segment.SMB)).hasSize(100);
        assertThat(bySegment.get(Segment.ENTERPRISE)).allSatisfy(a -> {
            assertThat(a.plan()).startsWith("Enterprise");
            assertThat(a.arr().intValue()).isBetween(50_000, 1_300_000);
        });
        assertThat(bySegment.get(Segment.SMB)).allSatisfy(a -> {
            assertThat(a.plan()).isIn("Starter", "Team");
            assertThat(a.seatsPurchased()).isBetween(5, 40);
        });
        assertThat(book.accountFacts()).extracting(AccountFact::name).doesNotHaveDuplicates();
        assertThat(book.accountFacts()).extracting(AccountFact::csmOwner).containsOnly(
                "csm1", "csm2", "csm3", "csm4", "csm5", "csm6", "csm7", "csm8");
        assertThat(book.accountFacts()).allSatisfy(a -> assertThat(a.teamLead())
                .isEqualTo(a.csmOwner().compareTo("csm5") < 0 ? "lead1" : "lead2"));
    }

    @Test
    void shouldSpreadRenewalsOverTheNextTwelveMonthsWithSomeNewAccountsInOnboarding() {
        assertThat(book.accountFacts()).allSatisfy(a -> assertThat(a.renewalDate()).isAfter(TODAY).isBefore(TODAY.plusDays(367)));
        long within90 = book.accountFacts().stream().filter(a -> a.renewalDate().isBefore(TODAY.plusDays(90))).count();
        assertThat(within90).isBetween(30L, 80L);
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate from = TODAY.plusMonths(quarter * 3L);
            assertThat(book.accountFacts()).anySatisfy(a -> assertThat(a.renewalDate()).isBetween(from, from.plusMonths(3)));
        }
        List<DemoAccount> onboarding = shaped(UsageShape.ONBOARDING);
        assertThat(onboarding).hasSizeBetween(10, 20)
                .allSatisfy(a -> assertThat(a.fact().contractStart()).isAfter(TODAY.minusDays(45)));
        assertThat(book.accounts()).filteredOn(a -> a.shape() != UsageShape.ONBOARDING)
                .allSatisfy(a -> assertThat(a.fact().contractStart()).isBefore(TODAY.minusDays(149)));
    }

    @Test
    void shouldGiveEveryAccount120DaysOfUsageEndingYesterdayOrSinceItsStart() {
        Map<String, List<UsageFact>> usage = usageByAccount();
        for (DemoAccount account : book.accounts()) {
            Set<LocalDate> days = usage.get(account.id()).stream().map(UsageFact::date).collect(Collectors.toSet());
            assertThat(days).contains(TODAY.minusDays(1)).allSatisfy(day -> assertThat(day).isBefore(TODAY));
            if (account.shape() == UsageShape.ONBOARDING) {
                assertThat(days).allSatisfy(day -> assertThat(day).isAfter(account.fact().contractStart()));
            } else {
                assertThat(days).hasSize(120).contains(TODAY.minusDays(120));
            }
        }
    }

    @Test
    void shouldLetDecliningAccountsLoseAThirdToAHalfOfTheirLoginsAndShrinkTheirFeatureBreadth() {
        assertThat(shaped(UsageShape.DECLINING)).hasSize(40).allSatisfy(account -> {
            List<UsageFact> rows = usageByAccount().get(account.id());
            double before = average(window(rows, 120, 92), UsageFact::logins);
            double lastWeek = average(window(rows, 7, 0), UsageFact::logins);
            assertThat(1 - lastWeek / before).as("login drop of %s", account.id()).isBetween(0.30, 0.60);
            assertThat(breadth(window(rows, 7, 0))).isLessThan(breadth(window(rows, 120, 92)));
        });
    }

    @Test
    void shouldLetGrowingAccountsUseMoreThan85PercentOfSeatsNearTheApiLimitWithNewTeams() {
        assertThat(shaped(UsageShape.GROWING)).hasSize(30).allSatisfy(account -> {
            List<UsageFact> rows = usageByAccount().get(account.id());
            List<UsageFact> lastDay = window(rows, 1, 0);
            int seats = lastDay.stream().mapToInt(UsageFact::seatsUsed).sum();
            assertThat(seats).isGreaterThan((int) (account.fact().seatsPurchased() * 0.85));
            assertThat(seats).isLessThanOrEqualTo(account.fact().seatsPurchased());
            long bestWeekday = window(rows, 7, 0).stream().collect(Collectors.groupingBy(UsageFact::date,
                    Collectors.summingLong(UsageFact::apiCalls))).values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(bestWeekday).isGreaterThanOrEqualTo((long) (account.apiLimit() * 0.80)).isLessThanOrEqualTo(account.apiLimit());
            assertThat(teams(lastDay).size()).isGreaterThan(teams(window(rows, 120, 119)).size());
        });
    }

    @Test
    void shouldKeepHealthyAccountsSteadyAndErraticOnesSwinging() {
        assertThat(shaped(UsageShape.HEALTHY)).allSatisfy(account -> {
            List<UsageFact> rows = usageByAccount().get(account.id());
            double change = average(window(rows, 28, 0), UsageFact::logins) / average(window(rows, 120, 92), UsageFact::logins);
            assertThat(change).isBetween(0.8, 1.2);
            assertThat(rows).allSatisfy(row -> assertThat(row.team()).isNull());
        });
        double healthySwing = median(shaped(UsageShape.HEALTHY).stream().map(this::weeklySwing).toList());
        double erraticSwing = median(shaped(UsageShape.ERRATIC).stream().map(this::weeklySwing).toList());
        assertThat(erraticSwing).isGreaterThan(3 * healthySwing);
        assertThat(shaped(UsageShape.ERRATIC)).anySatisfy(account -> assertThat(usageByAccount().get(account.id()))
                .anySatisfy(row -> assertThat(row.logins()).isZero()));
    }

    @Test
    void shouldGiveContactsDiscProfilesAndChampionsSomeOfThemGone() {
        Set<String> withContacts = book.contacts().stream().map(ContactFact::accountExternalId).collect(Collectors.toSet());
        assertThat(withContacts).hasSize(200);
        assertThat(book.contacts()).extracting(ContactFact::disc).contains(Disc.D, Disc.I, Disc.S, Disc.C, null);
        List<ContactFact> champions = book.contacts().stream().filter(ContactFact::champion).toList();
        assertThat(champions).hasSizeGreaterThan(150);
        assertThat(champions.stream().filter(c -> !c.active()).count()).isBetween(10L, 50L);
        assertThat(goneRate(champions, UsageShape.DECLINING)).isGreaterThan(2 * goneRate(champions, UsageShape.HEALTHY));
    }

    @Test
    void shouldHaveHighPriorityTicketsOpenForMoreThanAWeek() {
        assertThat(book.tickets()).filteredOn(t -> t.priority().compareTo(TicketPriority.HIGH) >= 0
                        && t.status() == TicketStatus.OPEN && t.openedOn().isBefore(TODAY.minusDays(7)))
                .hasSizeGreaterThan(10);
        assertThat(book.tickets()).allSatisfy(t -> {
            assertThat(t.openedOn()).isBefore(TODAY);
            assertThat(t.resolvedOn() == null).isEqualTo(t.status() == TicketStatus.OPEN || t.status() == TicketStatus.PENDING);
            if (t.resolvedOn() != null) {
                assertThat(t.resolvedOn()).isAfterOrEqualTo(t.openedOn()).isBefore(TODAY);
            }
        });
    }

    @Test
    void shouldHavePromotersPassivesDetractorsAndScoresThatDropped() {
        assertThat(book.nps()).anyMatch(n -> n.score() >= 9).anyMatch(n -> n.score() == 7 || n.score() == 8)
                .anyMatch(n -> n.score() <= 6);
        Map<String, List<NpsFact>> byContact = book.nps().stream().collect(Collectors.groupingBy(NpsFact::contactExternalId));
        long drops = byContact.values().stream().filter(r -> r.size() == 2
                && r.get(0).score() - r.get(1).score() >= 3).count();
        assertThat(drops).isGreaterThan(10);
        assertThat(book.nps()).allSatisfy(n -> assertThat(n.respondedOn()).isBefore(TODAY));
    }

    @Test
    void shouldHaveAFewOverdueInvoicesAndMostPaid() {
        long overdue = book.invoices().stream().filter(i -> i.paidOn() == null && i.dueOn().isBefore(TODAY)).count();
        assertThat(overdue).isBetween(3L, 25L);
        assertThat(book.invoices().stream().filter(i -> i.paidOn() != null).count()).isGreaterThan(book.invoices().size() / 2);
        assertThat(book.invoices()).allSatisfy(i -> {
            assertThat(i.issuedOn()).isBefore(TODAY);
            if (i.paidOn() != null) {
                assertThat(i.paidOn()).isAfter(i.issuedOn()).isBefore(TODAY);
            }
        });
    }

    @Test
    void shouldLeaveSomeAccountsWithoutACsmAssessment() {
        Set<String> assessed = book.assessments().stream().map(a -> a.accountExternalId()).collect(Collectors.toSet());
        assertThat(200 - assessed.size()).isBetween(15, 50);
        assertThat(book.assessments()).allSatisfy(a -> assertThat(a.score()).isBetween(1, 10));
    }

    @Test
    void shouldProduceOnlyValidFactsAboutBookAccountsWithUniqueKeys() {
        Validator validator = validation.getValidator();
        Stream.of(book.accountFacts(), book.contacts(), book.usage(), book.tickets(), book.nps(), book.invoices(), book.assessments())
                .flatMap(Collection::stream)
                .forEach(fact -> assertThat(validator.validate(fact)).as("%s", fact).isEmpty());
        Set<String> accounts = ids(null);
        assertThat(book.usage()).allSatisfy(u -> assertThat(accounts).contains(u.accountExternalId()));
        assertThat(book.contacts()).allSatisfy(c -> assertThat(accounts).contains(c.accountExternalId()));
        assertThat(book.usage()).extracting(u -> u.accountExternalId() + u.date() + u.team()).doesNotHaveDuplicates();
        assertThat(book.contacts()).extracting(ContactFact::externalId).doesNotHaveDuplicates();
        assertThat(book.tickets()).extracting(t -> t.externalId()).doesNotHaveDuplicates();
        assertThat(book.nps()).extracting(n -> n.externalId()).doesNotHaveDuplicates();
        assertThat(book.invoices()).extracting(i -> i.externalId()).doesNotHaveDuplicates();
        assertThat(book.assessments()).extracting(a -> a.accountExternalId() + a.assessedOn()).doesNotHaveDuplicates();
    }

    private static double goneRate(List<ContactFact> champions, UsageShape shape) {
        Set<String> accounts = ids(shape);
        List<ContactFact> theirs = champions.stream().filter(c -> accounts.contains(c.accountExternalId())).toList();
        return theirs.stream().filter(c -> !c.active()).count() / (double) theirs.size();
    }

    private static List<DemoAccount> shaped(UsageShape shape) {
        return book.accounts().stream().filter(a -> a.shape() == shape).toList();
    }

    private static Set<String> ids(UsageShape shape) {
        return book.accounts().stream().filter(a -> shape == null || a.shape() == shape).map(DemoAccount::id).collect(Collectors.toSet());
    }

    private static Map<String, List<UsageFact>> usageByAccount() {
        return book.usage().stream().collect(Collectors.groupingBy(UsageFact::accountExternalId));
    }

    /** The rows of the days from {@code fromDaysAgo} (exclusive of today) to {@code toDaysAgo}, e.g. (7, 0) = last week. */
    private static List<UsageFact> window(List<UsageFact> rows, int fromDaysAgo, int toDaysAgo) {
        LocalDate from = TODAY.minusDays(fromDaysAgo);
        LocalDate to = TODAY.minusDays(toDaysAgo);
        return rows.stream().filter(r -> !r.date().isBefore(from) && r.date().isBefore(to)).toList();
    }

    /** Average per day (rows of one day summed). */
    private static double average(List<UsageFact> rows, Function<UsageFact, Integer> value) {
        long days = rows.stream().map(UsageFact::date).distinct().count();
        return rows.stream().mapToInt(value::apply).sum() / (double) days;
    }

    private static int breadth(List<UsageFact> rows) {
        Set<String> features = new HashSet<>();
        rows.forEach(r -> features.addAll(r.featuresUsed()));
        return features.size();
    }

    private static Set<String> teams(List<UsageFact> rows) {
        return rows.stream().map(UsageFact::team).collect(Collectors.toSet());
    }

    /** Coefficient of variation of weekly login totals over full weeks. */
    private double weeklySwing(DemoAccount account) {
        List<UsageFact> rows = usageByAccount().get(account.id());
        List<Double> weeks = IntStream.range(0, 17)
                .mapToObj(w -> (double) window(rows, 7 * (w + 1), 7 * w).stream().mapToInt(UsageFact::logins).sum())
                .toList();
        double mean = weeks.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = weeks.stream().mapToDouble(w -> (w - mean) * (w - mean)).average().orElseThrow();
        return Math.sqrt(variance) / mean;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
