package org.steward.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.system.web.FieldProblem;

/**
 * What a template may not say, refused when it is validated, before it is ever stored. The sandbox refuses
 * the same things again when a template runs; this check only makes the refusal early and precise.
 * <ul>
 *   <li>{@code ?new} (creates Java objects) and {@code ?api} / {@code ?has_api} (reach Java methods);</li>
 *   <li>{@code ?eval} and {@code ?interpret} (run text built at run time, which no static check can read);</li>
 *   <li>{@code #include} and {@code #import}: a template is self-contained; nothing outside the store is loaded.</li>
 * </ul>
 */
final class SandboxRules {

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->|\\[#--.*?--]", Pattern.DOTALL);
    private static final Pattern BUILT_IN = Pattern.compile("\\?\\s*(new|api|has_api|eval|interpret)\\b");
    private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#\\s*(include|import)\\b");

    private SandboxRules() {
    }

    static List<FieldProblem> check(String source) {
        String code = blankComments(source);
        List<FieldProblem> problems = new ArrayList<>();
        Matcher builtIn = BUILT_IN.matcher(code);
        while (builtIn.find()) {
            problems.add(at(code, builtIn.start(), "the ?" + builtIn.group(1) + " built-in is not allowed: " + why(builtIn.group(1))));
        }
        Matcher directive = DIRECTIVE.matcher(code);
        while (directive.find()) {
            problems.add(at(code, directive.start(), "#" + directive.group(1)
                    + " is not allowed: a template is self-contained and loads no other template"));
        }
        problems.sort(java.util.Comparator.comparing(FieldProblem::row).thenComparing(p -> Integer.parseInt(p.column())));
        return problems;
    }

    private static String why(String builtIn) {
        return switch (builtIn) {
            case "new" -> "templates cannot create Java objects";
            case "api", "has_api" -> "templates reach only the data model, never Java methods";
            default -> "templates cannot run text built at run time";
        };
    }

    /** Comments replaced by spaces (line breaks kept), so positions stay those of the original text. */
    private static String blankComments(String source) {
        StringBuilder out = new StringBuilder(source);
        Matcher m = COMMENT.matcher(source);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static FieldProblem at(String text, int offset, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return InvalidTemplateException.at(line, offset - lineStart + 1, reason);
    }
}
