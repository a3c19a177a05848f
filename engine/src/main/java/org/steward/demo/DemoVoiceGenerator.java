package org.steward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.NpsFact;

/**
 * The people at a demo account and what they say: contacts with roles, DISC profiles and a champion (who has
 * often left a declining account), and NPS responses from two survey waves, the recent one lower where the
 * account declines and, now and then, lower for one contact of a healthy account too.
 */
final class DemoVoiceGenerator {

    private final long seed;

    DemoVoiceGenerator(long seed) {
        this.seed = seed;
    }

    List<ContactFact> contacts(DemoAccount account) {
        Dice dice = Dice.of(seed, account.index(), 2);
        int count = switch (account.fact().segment()) {
            case ENTERPRISE -> dice.between(4, 6);
            case MID_MARKET -> dice.between(2, 4);
            case SMB -> dice.between(1, 3);
        };
        boolean hasChampion = !dice.chance(0.10);
        double championLeft = switch (account.shape()) {
            case DECLINING -> 0.45;
            case ERRATIC -> 0.20;
            default -> 0.04;
        };
        String domain = account.fact().name().toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example";
        Set<String> names = new HashSet<>();
        List<ContactFact> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first;
            String last;
            do {
                first = dice.pick(DemoNames.FIRST_NAMES);
                last = dice.pick(DemoNames.LAST_NAMES);
            } while (!names.add(first + " " + last));
            boolean champion = hasChampion && i == 0;
            String role = champion ? dice.pick(DemoNames.CHAMPION_ROLES) : dice.pick(DemoNames.OTHER_ROLES);
            Disc disc = dice.chance(0.08) ? null : dice.pick(List.of(Disc.values()));
            boolean active = !dice.chance(champion ? championLeft : 0.06);
            contacts.add(new ContactFact(account.id() + "-c" + (i + 1), account.id(), first + " " + last,
                    (first + "." + last).toLowerCase() + "@" + domain, role, champion, disc, active));
        }
        return contacts;
    }

    List<NpsFact> nps(DemoAccount account, LocalDate today) {
        Dice dice = Dice.of(seed, account.index(), 3);
        List<ContactFact> contacts = contacts(account);
        LocalDate earlierWave = today.minusDays(dice.between(95, 110));
        LocalDate recentWave = today.minusDays(dice.between(8, 20));
        List<NpsFact> responses = new ArrayList<>();
        for (ContactFact contact : contacts) {
            int earlier = earlierScore(account.shape(), dice);
            boolean drops = account.shape() == UsageShape.DECLINING
                    || (account.shape() == UsageShape.HEALTHY && dice.chance(0.12));
            int recent = drops ? Math.max(0, Math.min(earlier - dice.between(3, 5), 6)) : recentScore(account.shape(), earlier, dice);
            double respondRate = contact.champion() ? 0.8 : 0.45;
            if (earlierWave.isAfter(account.fact().contractStart().plusDays(14)) && dice.chance(respondRate)) {
                responses.add(response(account, contact, earlier, earlierWave.plusDays(dice.between(0, 4)), responses.size(), dice));
            }
            if (contact.active() && recentWave.isAfter(account.fact().contractStart().plusDays(14)) && dice.chance(respondRate)) {
                responses.add(response(account, contact, recent, recentWave.plusDays(dice.between(0, 4)), responses.size(), dice));
            }
        }
        return responses;
    }

    private static int earlierScore(UsageShape shape, Dice dice) {
        return switch (shape) {
            case HEALTHY, ONBOARDING -> dice.between(7, 10);
            case GROWING -> dice.between(8, 10);
            case DECLINING -> dice.between(6, 9);
            case ERRATIC -> dice.between(4, 9);
        };
    }

    private static int recentScore(UsageShape shape, int earlier, Dice dice) {
        return switch (shape) {
            case ERRATIC -> dice.between(3, 9);
            default -> Math.max(0, Math.min(10, earlier + dice.between(-1, 1)));
        };
    }

    private static NpsFact response(DemoAccount account, ContactFact contact, int score, LocalDate on, int number, Dice dice) {
        List<String> comments = score >= 9 ? DemoNames.NPS_PROMOTER : score >= 7 ? DemoNames.NPS_PASSIVE : DemoNames.NPS_DETRACTOR;
        String comment = dice.pick(comments);
        return new NpsFact(account.id() + "-n" + (number + 1), account.id(), contact.externalId(), score, on,
                comment.isEmpty() ? null : comment);
    }
}
