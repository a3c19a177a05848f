package org.steward.demo;

import java.util.List;

import org.steward.account.Segment;

/** What a segment buys in the demo book: a standard and a premium plan, seats, price per seat, terms and billing. */
enum SegmentOffer {
    ENTERPRISE(new Plan("Enterprise", 1_000_000), new Plan("Enterprise Plus", 2_500_000), 250, 2000, 300, 600,
            List.of(12, 24, 36), "annual", 0.6, "quarterly"),
    MID_MARKET(new Plan("Business", 100_000), new Plan("Business Plus", 250_000), 40, 300, 350, 550,
            List.of(12, 12, 24), "quarterly", 0.6, "annual"),
    SMB(new Plan("Starter", 10_000), new Plan("Team", 25_000), 5, 40, 300, 500,
            List.of(12), "monthly", 0.7, "annual");

    final Plan standard;
    final Plan premium;
    final int minSeats;
    final int maxSeats;
    final int minPricePerSeat;
    final int maxPricePerSeat;
    final List<Integer> termMonths;
    final String usualBilling;
    final double usualBillingShare;
    final String otherBilling;

    SegmentOffer(Plan standard, Plan premium, int minSeats, int maxSeats, int minPricePerSeat, int maxPricePerSeat,
                 List<Integer> termMonths, String usualBilling, double usualBillingShare, String otherBilling) {
        this.standard = standard;
        this.premium = premium;
        this.minSeats = minSeats;
        this.maxSeats = maxSeats;
        this.minPricePerSeat = minPricePerSeat;
        this.maxPricePerSeat = maxPricePerSeat;
        this.termMonths = termMonths;
        this.usualBilling = usualBilling;
        this.usualBillingShare = usualBillingShare;
        this.otherBilling = otherBilling;
    }

    static SegmentOffer of(Segment segment) {
        return valueOf(segment.name());
    }

    /** A plan and its daily API call limit. */
    record Plan(String name, long apiLimit) {
    }
}
