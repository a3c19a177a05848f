package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.contact;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.scoring.facts.PrimaryContact;

/** rules/scoring/primary-contact.drl */
class PrimaryContactRulesTest {

    private static final String CHAMPION = "The active champion is the primary contact";
    private static final String MOST_SENIOR = "Without an active champion the most senior active contact is primary";

    private final CompiledRuleSet rules = RuleSets.only("primary-contact.drl");

    @Test
    void theActiveChampionIsPrimaryEvenWhenSomeoneIsMoreSenior() {
        RuleRun run = run(rules, contact("ceo", "CEO", false, true, Disc.D),
                contact("ops", "Operations Manager", true, true, Disc.S));

        assertThat(run.rulesFired()).containsExactly(CHAMPION);
        assertThat(run.one(PrimaryContact.class).contactId()).isEqualTo("ops");
        assertThat(run.one(PrimaryContact.class).disc()).isEqualTo(Disc.S);
    }

    @Test
    void ofTwoActiveChampionsTheMoreSeniorIsPrimary() {
        RuleRun run = run(rules, contact("lead", "Team Lead", true, true, Disc.I),
                contact("vp", "VP Sales", true, true, Disc.C));

        assertThat(run.one(PrimaryContact.class).contactId()).isEqualTo("vp");
    }

    @Test
    void whenTheChampionLeftTheMostSeniorActiveContactIsPrimary() {
        RuleRun run = run(rules, contact("gone", "VP Sales", true, false, Disc.D),
                contact("dir", "Director of IT", false, true, Disc.C),
                contact("analyst", "Analyst", false, true, Disc.I),
                contact("cfo", "CFO", false, false, Disc.S));

        assertThat(run.rulesFired()).containsExactly(MOST_SENIOR);
        assertThat(run.one(PrimaryContact.class).contactId()).isEqualTo("dir");
        assertThat(run.one(PrimaryContact.class).reason())
                .isEqualTo("no active champion; most senior active contact Name of dir (Director of IT)");
    }

    @Test
    void equallySeniorContactsAreSettledByTheirIds() {
        RuleRun run = run(rules, contact("b", "Manager", false, true, null), contact("a", "Lead", false, true, null));

        assertThat(run.one(PrimaryContact.class).contactId()).isEqualTo("a");
    }

    @Test
    void withoutActiveContactsThereIsNoPrimaryContact() {
        RuleRun run = run(rules, contact("gone", "CEO", true, false, Disc.D));

        assertThat(run.rulesFired()).isEmpty();
    }
}
