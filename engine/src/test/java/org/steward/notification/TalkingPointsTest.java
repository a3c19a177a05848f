package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;

class TalkingPointsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    @Test
    void shouldRaiseTheFiveHeaviestPointsHeaviestFirst() {
        QbrModel risky = model(LocalDate.of(2026, 6, 30),
                List.of(usage("2026-01", 80, 90), usage("2026-02", 60, 92), usage("2026-03", 40, 95)),
                List.of(new QbrModel.HealthPoint(AS_OF.minusDays(90), 72, "GREEN"), new QbrModel.HealthPoint(AS_OF, 35, "RED")),
                List.of(new Signal("usage-drop", "churn", "Weekly active users down 50 %", List.of())),
                new QbrModel.Tickets(6, 2, 9, 4),
                List.of(new QbrModel.NpsResponse(AS_OF.minusDays(10), 3, "Ana", "Too slow")));
        List<TalkingPoint> points = TalkingPoints.choose(risky);
        assertThat(points).extracting(TalkingPoint::weight).containsExactly(100, 95, 90, 85, 80);
        assertThat(points.get(0).headline()).isEqualTo("Renewal in 91 days");
        assertThat(points.get(3).headline()).isEqualTo("Active users fell 50 %");
    }

    @Test
    void shouldMakeUpThreePointsForAQuietAccount() {
        QbrModel quiet = model(LocalDate.of(2027, 3, 1), List.of(usage("2026-01", 40, 50), usage("2026-03", 42, 50)),
                List.of(new QbrModel.HealthPoint(AS_OF, 78, "GREEN")), List.of(), new QbrModel.Tickets(1, 0, 2, 1), List.of());
        assertThat(TalkingPoints.choose(quiet)).extracting(TalkingPoint::topic).containsExactly("usage", "health", "goals");
    }

    @Test
    void shouldRaiseGrowthSeatsAndAPromoterForAHealthyAccount() {
        QbrModel growing = model(LocalDate.of(2027, 1, 15), List.of(usage("2026-01", 50, 70), usage("2026-03", 75, 98)),
                List.of(new QbrModel.HealthPoint(AS_OF.minusDays(90), 70, "GREEN"), new QbrModel.HealthPoint(AS_OF, 84, "GREEN")),
                List.of(new Signal("seats", "expansion", "Seat utilisation above 80 % for three months", List.of())),
                null, List.of(new QbrModel.NpsResponse(AS_OF, 10, "Ana", null)));
        assertThat(TalkingPoints.choose(growing)).extracting(TalkingPoint::headline).containsExactly(
                "Active users grew 50 %", "98 of 100 seats in use", "Seat utilisation above 80 % for three months",
                "Health rose from 70 to 84", "NPS 10 from Ana");
    }

    private static QbrModel model(LocalDate renewal, List<QbrModel.UsagePoint> usage, List<QbrModel.HealthPoint> health,
                                  List<Signal> signals, QbrModel.Tickets tickets, List<QbrModel.NpsResponse> nps) {
        return new QbrModel(new CustomerAccount("A-1", "Initech", "Business", "t-csm", renewal, 100),
                new CustomerContact("Ana Ruiz", "ana@initech.example", "CTO", Disc.C), AS_OF, usage, health, signals, tickets, nps);
    }

    private static QbrModel.UsagePoint usage(String period, int activeUsers, int seatsUsed) {
        return new QbrModel.UsagePoint(period, activeUsers, seatsUsed, null);
    }
}
