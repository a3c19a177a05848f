package org.steward.scoring;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where in a rule set's DRL files a rule or function is declared, to place a refusal of its bytecode. */
final class RuleSources {

    private RuleSources() {
    }

    /** The refusal as a SANDBOX problem at the declaration of its rule or function (line 0 when not found). */
    static RuleSetProblem locate(Map<String, String> files, RuleClasses.Refusal refusal) {
        String rule = refusal.rule();
        if (rule == null) {
            return new RuleSetProblem(RuleSetProblem.Kind.SANDBOX, "", 0, 0, "generated code " + refusal.message());
        }
        boolean function = rule.startsWith("function ");
        Pattern declaration = function
                ? Pattern.compile("(?m)^\\s*function\\s+[\\w<>\\[\\],. ]+?\\s+" + Pattern.quote(rule.substring(9)) + "\\s*\\(")
                : Pattern.compile("(?m)^\\s*rule\\s+(\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule) + "'|"
                        + Pattern.quote(rule) + "\\s)");
        String subject = function ? rule : "rule \"" + rule + "\"";
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            Matcher found = declaration.matcher(file.getValue());
            if (found.find()) {
                int line = 1 + (int) file.getValue().substring(0, found.start()).chars().filter(c -> c == '\n').count()
                        + leadingNewlines(found.group());
                return new RuleSetProblem(RuleSetProblem.Kind.SANDBOX, file.getKey(), line, 0,
                        subject + " " + refusal.message());
            }
        }
        return new RuleSetProblem(RuleSetProblem.Kind.SANDBOX, "", 0, 0, subject + " " + refusal.message());
    }

    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\s+[\\w<>\\[\\],. ]+?\\s+(\\w+)\\s*\\(");

    /** The names of the functions the DRL files declare. */
    static java.util.Set<String> functionNames(Map<String, String> files) {
        java.util.Set<String> names = new java.util.HashSet<>();
        files.forEach((path, source) -> {
            if (path.endsWith(".drl")) {
                Matcher found = FUNCTION.matcher(source);
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        });
        return names;
    }

    private static int leadingNewlines(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            count += text.charAt(i) == '\n' ? 1 : 0;
        }
        return count;
    }
}
