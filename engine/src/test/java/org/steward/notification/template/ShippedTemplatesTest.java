package org.steward.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.account.Disc;
import org.steward.notification.CustomerMessage;
import org.steward.notification.Measure;

/** Every shipped template passes validation, and each DISC style says what it should, in numbers from the model. */
class ShippedTemplatesTest {

    private static final TemplateSandbox sandbox = new TemplateSandbox();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final List<String> STEPS = List.of("save/check-in", "save/recovery-plan", "renewal/success-review",
            "renewal/renewal-talks", "expansion/conversation");

    @AfterAll
    static void close() {
        sandbox.close();
    }

    static Stream<String> shippedIds() {
        return TemplateStore.shipped().keySet().stream();
    }

    @Test
    void shouldShipEveryStepInEveryStyleAndEveryInternalTemplate() {
        for (String step : STEPS) {
            for (String style : List.of("D", "I", "S", "C", "neutral")) {
                assertThat(TemplateStore.shipped()).containsKey("customer/" + step + "/" + style);
            }
        }
        assertThat(TemplateStore.shipped()).containsKeys("notice/task-assigned", "notice/sla-lapsing", "notice/escalated",
                "digest/csm/daily", "digest/team-lead/weekly", "qbr/draft");
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void shouldRenderTheSampleWithASubjectAndNothingLeftOver(String id) {
        Rendered rendered = render(id, SampleModels.forTemplate(id, TODAY));
        TemplateKind kind = TemplateKind.of(id).orElseThrow();
        if (kind.needsSubject()) {
            assertThat(rendered.subject()).isNotBlank().doesNotContain("${");
        }
        assertThat(rendered.html()).doesNotContain("${").doesNotContain("<#");
        if (kind == TemplateKind.CUSTOMER) {
            assertThat(rendered.html()).contains("Sam Rivera");
        }
    }

    @Test
    void shouldWriteTheDStyleCheckInShortAndInNumbers() {
        Rendered d = render("customer/save/check-in/D", SampleModels.forTemplate("customer/save/check-in/D", TODAY));
        assertThat(d.subject()).isEqualTo("Northwind Logistics: Weekly active users down 35 % in 30 days \u2014 15 minutes to fix it?");
        assertThat(d.html()).contains("Hi Dana,").contains("weekly active users fell 35 % over the last 30 days (48 \u2192 31)")
                .contains("15 minutes");
        assertThat(words(d.html())).isLessThan(words(render("customer/save/check-in/C",
                SampleModels.forTemplate("customer/save/check-in/C", TODAY)).html()));
    }

    @Test
    void shouldGiveEachStyleItsOwnEmphasis() {
        Map<String, String> expected = Map.of("I", "team", "S", "step by step", "C", "<table>", "neutral", "30-minute call");
        expected.forEach((style, phrase) -> assertThat(render("customer/save/check-in/" + style,
                SampleModels.forTemplate("customer/save/check-in/" + style, TODAY)).html()).as(style).contains(phrase));
    }

    @Test
    void shouldTieTheExpansionOpenerToItsSignal() {
        for (String style : List.of("D", "I", "S", "C", "neutral")) {
            String id = "customer/expansion/conversation/" + style;
            assertThat(render(id, SampleModels.forTemplate(id, TODAY)).html()).as(style).containsIgnoringCase("seat utilisation at 92 %");
        }
    }

    @Test
    void shouldWriteRenewalMessagesWithoutASignal() {
        CustomerTemplateModel withSignal = SampleModels.customer("customer/renewal/renewal-talks/D", null, TODAY);
        for (String step : List.of("renewal/success-review", "renewal/renewal-talks")) {
            for (String style : List.of("D", "I", "S", "C", "neutral")) {
                CustomerMessage noSignal = new CustomerMessage(null, List.of(),
                        List.of(Measure.of("shipments tracked", 12400, 17360, "", "this quarter")), Map.of());
                CustomerTemplateModel model = CustomerTemplateModel.of(withSignal.account(),
                        new org.steward.notification.CustomerContact("Lee Park", "lee@northwind.example", null, Disc.S),
                        new Sender("sam.rivera", "Sam Rivera", "sam@steward.example"), noSignal, TODAY);
                Rendered rendered = render("customer/" + step + "/" + style, ModelMaps.of(model));
                assertThat(rendered.html()).as(step + " " + style).contains("shipments tracked").contains("40 %")
                        .contains("9 June 2026");
            }
        }
    }

    private static Rendered render(String id, Map<String, Object> model) {
        return sandbox.render(sandbox.validate(id, TemplateStore.shipped().get(id)), model);
    }

    private static int words(String html) {
        return html.replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
    }
}
