package org.steward.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import freemarker.template.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.system.web.FieldProblem;

class TemplateSandboxTest {

    private static final TemplateSandbox sandbox = new TemplateSandbox();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        sandbox.close();
    }

    @Test
    void shouldRefuseNewAtValidationWithLineAndColumn() {
        String source = "<p>Hello</p>\n  <#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}";
        FieldProblem problem = refusal(() -> sandbox.validate("customer/x/D", source));
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(String.valueOf(source.lines().toList().get(1).indexOf("?new") + 1));
        assertThat(problem.reason()).contains("?new").contains("not allowed");
    }

    @Test
    void shouldNotRunNewEvenWhenValidationIsBypassed() throws Exception {
        Path marker = dir.resolve("executed");
        String source = "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"touch " + marker + "\")}";
        Template compiled = sandbox.compile("customer/x/D", source);
        assertThatThrownBy(() -> sandbox.render(compiled, Map.of()))
                .isInstanceOf(InvalidTemplateException.class)
                .satisfies(e -> assertThat(((InvalidTemplateException) e).problems().get(0).reason()).contains("Execute"));
        Thread.sleep(200);
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void shouldNotRunNewHiddenBehindEvalWhenValidationIsBypassed() throws Exception {
        Path marker = dir.resolve("evaluated");
        String source = "<#assign x = ('\"freemarker.template.utility.Execute\"?ne' + 'w()')?eval>${x(\"touch " + marker + "\")}";
        assertThat(refusal(() -> sandbox.validate("customer/x/D", source)).reason()).contains("?eval");
        Template compiled = sandbox.compile("customer/x/D", source);
        assertThatThrownBy(() -> sandbox.render(compiled, Map.of())).isInstanceOf(InvalidTemplateException.class);
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void shouldRefuseApiAtValidationAndAtRunTime() {
        String source = "<p>${account.name}</p>\n<p>${account?api.getClass().getName()}</p>";
        FieldProblem problem = refusal(() -> sandbox.validate("customer/x/D", source));
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(String.valueOf("<p>${account?api".indexOf("?api") + 1));
        assertThat(problem.reason()).contains("?api");

        Template compiled = sandbox.compile("customer/x/D", source);
        FieldProblem atRunTime = refusal(() -> sandbox.render(compiled, Map.of("account", Map.of("name", "Northwind"))));
        assertThat(atRunTime.row()).isEqualTo(2);
        assertThat(atRunTime.reason()).containsIgnoringCase("api");
    }

    @Test
    void shouldRefuseIncludeAndFindNothingWhenBypassed() {
        String source = "<#include \"/etc/passwd\">";
        assertThat(refusal(() -> sandbox.validate("customer/x/D", source)).reason()).contains("#include");
        Template compiled = sandbox.compile("customer/x/D", source);
        assertThatThrownBy(() -> sandbox.render(compiled, Map.of())).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void shouldIgnoreForbiddenWordsInsideComments() {
        Template compiled = sandbox.validate("customer/x/D", "<#-- never ?new or ?api here -->\n<p>fine</p>");
        assertThat(sandbox.render(compiled, Map.of()).html()).contains("fine");
    }

    @Test
    void shouldGiveLineAndColumnOfASyntaxError() {
        FieldProblem problem = refusal(() -> sandbox.validate("customer/x/D", "<p>ok</p>\n<p>${account.name</p>\n"));
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isNotNull();
        assertThat(problem.field()).isEqualTo("source");
        assertThat(problem.reason()).startsWith("line 2, column ");
    }

    @Test
    void shouldGiveLineAndColumnOfAMissingVariable() {
        Template compiled = sandbox.validate("customer/x/D", "<p>Hi</p>\n<p>Dear ${contact.nmae}</p>");
        FieldProblem problem = refusal(() -> sandbox.render(compiled, Map.of("contact", Map.of("name", "Dana"))));
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(String.valueOf("<p>Dear ${contact".indexOf("contact") + 1));
        assertThat(problem.reason()).contains("contact.nmae");
    }

    @Test
    void shouldEscapeHtmlInTheModel() {
        Template compiled = sandbox.validate("customer/x/D", "<#assign subject = \"Hi \" + name><p>${name}</p>");
        Rendered rendered = sandbox.render(compiled, Map.of("name", "<script>alert(1)</script> & Co"));
        assertThat(rendered.html()).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p>");
        assertThat(rendered.subject()).isEqualTo("Hi <script>alert(1)</script> & Co");
    }

    @Test
    void shouldStopATemplateThatWritesTooMuch() {
        Template compiled = sandbox.validate("customer/x/D", "<#list 1..10000000 as i>0123456789</#list>");
        assertThat(refusal(() -> sandbox.render(compiled, Map.of())).reason()).contains("longer than " + TemplateSandbox.MAX_OUTPUT_CHARS);
    }

    @Test
    void shouldStopATemplateThatRunsTooLong() {
        Template compiled = sandbox.validate("customer/x/D", "<#list 1..2000000000 as i><#if i == 0>x</#if></#list>");
        assertThat(refusal(() -> sandbox.render(compiled, Map.of())).reason()).contains("longer than");
    }

    @Test
    void shouldLetNothingButDataIntoTheModel() {
        assertThatThrownBy(() -> ModelMaps.of(Map.of("thread", Thread.currentThread())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Thread");
        assertThatThrownBy(() -> ModelMaps.of(Map.of("type", String.class))).isInstanceOf(IllegalArgumentException.class);
    }

    private static FieldProblem refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidTemplateException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems().get(0);
        }
        throw new AssertionError("expected the template to be refused");
    }
}
