package org.steward.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.steward.account.AccountFact;
import org.steward.account.Segment;
import org.steward.user.NewUser;

/**
 * Builds a realistic, deterministic book of accounts: the same seed, size and day give the same book. Segments
 * (15 % enterprise, 35 % mid-market, 50 % SMB) with plans, seats and ARR to match; renewals spread over the next
 * 12 months; usage shapes 45 % healthy, 20 % declining, 15 % growing, 12 % erratic and 8 % new accounts in
 * onboarding. Contacts, NPS, tickets, invoices and CSM assessments follow each account's shape.
 */
final class DemoBookGenerator {

    private static final Map<UsageShape, Double> SHAPE_SHARES = shares(
            UsageShape.HEALTHY, 0.45, UsageShape.DECLINING, 0.20, UsageShape.GROWING, 0.15,
            UsageShape.ERRATIC, 0.12, UsageShape.ONBOARDING, 0.08);
    private static final Map<Segment, Double> SEGMENT_SHARES = shares(
            Segment.ENTERPRISE, 0.15, Segment.MID_MARKET, 0.35, Segment.SMB, 0.50);

    private final long seed;
    private final DemoUsageGenerator usage;
    private final DemoVoiceGenerator voice;
    private final DemoServiceGenerator service;

    DemoBookGenerator(long seed) {
        this.seed = seed;
        this.usage = new DemoUsageGenerator(seed);
        this.voice = new DemoVoiceGenerator(seed);
        this.service = new DemoServiceGenerator(seed);
    }

    DemoBook generate(int size, LocalDate today) {
        List<DemoAccount> accounts = accounts(size, today);
        return new DemoBook(today, accounts,
                all(accounts, account -> voice.contacts(account)),
                all(accounts, account -> usage.usage(account, today)),
                all(accounts, account -> service.tickets(account, today)),
                all(accounts, account -> voice.nps(account, today)),
                all(accounts, account -> service.invoices(account, today)),
                all(accounts, account -> service.assessments(account, today)));
    }

    List<DemoAccount> accounts(int size, LocalDate today) {
        List<UsageShape> shapes = spread(SHAPE_SHARES, size, 1);
        List<Segment> segments = spread(SEGMENT_SHARES, size, 2);
        List<String> names = companyNames(size);
        List<DemoAccount> accounts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            accounts.add(account(i, segments.get(i), shapes.get(i), names.get(i), today));
        }
        return accounts;
    }

    private DemoAccount account(int index, Segment segment, UsageShape shape, String name, LocalDate today) {
        Dice dice = Dice.of(seed, index, 0);
        SegmentOffer offer = SegmentOffer.of(segment);
        SegmentOffer.Plan plan = dice.chance(0.35) ? offer.premium : offer.standard;
        int seats = dice.between(offer.minSeats, offer.maxSeats);
        int pricePerSeat = dice.between(offer.minPricePerSeat, offer.maxPricePerSeat);
        int termMonths = dice.pick(offer.termMonths);
        String billing = dice.chance(offer.usualBillingShare) ? offer.usualBilling : offer.otherBilling;
        LocalDate contractStart;
        LocalDate renewal;
        if (shape == UsageShape.ONBOARDING) {
            contractStart = today.minusDays(dice.between(5, 40));
            renewal = contractStart.plusMonths(12);
        } else {
            renewal = today.plusDays(dice.between(3, 365));
            contractStart = renewal.minusMonths(termMonths);
            while (contractStart.isAfter(today.minusDays(150))) {
                contractStart = contractStart.minusMonths(termMonths);
            }
        }
        NewUser csm = DemoUsers.CSMS.get(dice.between(0, DemoUsers.CSMS.size() - 1));
        BigDecimal arr = BigDecimal.valueOf(Math.round(seats * pricePerSeat / 100.0) * 100L).setScale(2);
        // Sorted, so that the stored attributes read the same on every run.
        Map<String, String> attributes = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
                "industry", dice.pick(DemoNames.INDUSTRIES),
                "region", dice.pick(DemoNames.REGIONS),
                "billingCycle", billing)));
        AccountFact fact = new AccountFact(String.format("demo-%04d", index + 1), name, segment, plan.name(), arr, seats,
                contractStart, renewal, csm.username(), csm.teamLead(), attributes);
        return new DemoAccount(fact, shape, plan.apiLimit(), index);
    }

    /** Unique company names: every first word with every second word, shuffled; numbered past that. */
    private List<String> companyNames(int size) {
        List<String> combinations = new ArrayList<>();
        for (String first : DemoNames.COMPANY_FIRST) {
            for (String second : DemoNames.COMPANY_SECOND) {
                combinations.add(first + " " + second);
            }
        }
        Collections.shuffle(combinations, Dice.of(seed, -1, 3).random());
        List<String> names = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String name = combinations.get(i % combinations.size());
            names.add(i < combinations.size() ? name : name + " " + (i / combinations.size() + 1));
        }
        return names;
    }

    /** {@code size} values in the given shares (each present once the book is big enough), shuffled. */
    private <T> List<T> spread(Map<T, Double> shares, int size, int salt) {
        List<T> values = new ArrayList<>(size);
        List<T> keys = new ArrayList<>(shares.keySet());
        for (int k = 1; k < keys.size(); k++) {
            long count = Math.max(size >= keys.size() ? 1 : 0, Math.round(size * shares.get(keys.get(k))));
            for (long c = 0; c < count && values.size() < size; c++) {
                values.add(keys.get(k));
            }
        }
        while (values.size() < size) {
            values.add(keys.get(0));
        }
        Collections.shuffle(values, Dice.of(seed, -1, salt).random());
        return values;
    }

    private static <T> List<T> all(List<DemoAccount> accounts, Function<DemoAccount, List<T>> facts) {
        List<T> all = new ArrayList<>();
        accounts.forEach(account -> all.addAll(facts.apply(account)));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Double> shares(Object... keysAndShares) {
        Map<T, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < keysAndShares.length; i += 2) {
            shares.put((T) keysAndShares[i], (Double) keysAndShares[i + 1]);
        }
        return shares;
    }
}
