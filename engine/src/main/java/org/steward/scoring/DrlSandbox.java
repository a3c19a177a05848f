package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses authored DRL that reaches beyond Steward's fact types and helpers.
 *
 * <p>Approach: an allow-list over the tokens of the whole file, not a search for bad words. DRL mixes
 * three languages — DRL itself, MVEL in conditions, Java in consequences and functions — and all of them
 * reach code only by naming it. {@link DrlTokenizer} reads the file as both compilers do and refuses what
 * could read differently to them (Unicode escapes, which the Java compiler decodes even inside comments;
 * text blocks; literals that span lines; non-ASCII characters in code). Then every name in code must be
 * one the rule set may use:
 * <ul>
 * <li>a name after {@code .}, {@code ::}, {@code !.} or {@code ?.} must be a member of an allowed type
 *     ({@link SandboxAllowList}: computed from the allowed types by reflection, minus every member that
 *     leads to {@code Class}, class loaders, threads, I/O and the like), a field of a type the file
 *     declares, or an engine call ({@code insert}, {@code update}, ...);</li>
 * <li>a capitalised name standing first must be an allowed type or a type the file declares — so
 *     {@code System}, {@code Runtime}, {@code Thread}, {@code ProcessBuilder}, {@code Class},
 *     {@code File} are refused whether imported or not;</li>
 * <li>any other first name must be a keyword, a name the file binds or declares (bindings, variables,
 *     parameters, functions), a field of a fact (conditions read fields without a receiver), or
 *     {@code drools}/{@code kcontext} — so a fully-qualified name ({@code java.lang.System.exit},
 *     {@code java.io.File}) is refused at its first segment, and its later segments are not members of
 *     anything allowed either;</li>
 * <li>imports may name only allowed types or the facts package; {@code import function},
 *     {@code import accumulate}, class literals ({@code X.class}), {@code synchronized}, local classes, any
 *     dialect but {@code java}, any global but {@code ScoringParameters params}, and a {@code package}
 *     other than the file's folder (which could place code in a JDK or Steward package) are refused.</li>
 * </ul>
 * The names a file declares itself are gathered by {@link DrlDeclarations}.
 * Functions ({@code function} blocks), {@code eval(...)}, {@code from} expressions, accumulate code and
 * rule attributes are code like any other and pass the same checks. Because the check is on names and
 * nothing can be reached without naming it, the check does not need to understand every construct of the
 * three languages; what it cannot read as the compilers would, it refuses. It does not bound run time: a
 * rule that loops forever is not caught here.
 */
final class DrlSandbox {

    static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "if", "implements", "instanceof", "int", "long", "new", "private", "protected", "public",
            "return", "short", "static", "super", "switch", "this", "throw", "throws", "try", "void", "while", "true",
            "false", "null", "var", "yield");

    private static final Set<String> REFUSED_KEYWORDS = Set.of("class", "interface", "synchronized", "native",
            "volatile", "transient", "strictfp", "goto", "const", "record");

    private static final Set<String> DRL_WORDS = Set.of("package", "function", "global", "rule", "query", "declare",
            "end", "when", "then", "salience", "enabled", "no", "loop", "lock", "on", "active", "agenda", "group",
            "activation", "ruleflow", "auto", "focus", "dialect", "date", "effective", "expires", "duration", "timer",
            "calendars", "attributes", "not", "exists", "forall", "from", "collect", "accumulate", "acc", "eval",
            "over", "window", "entry", "point", "init", "action", "reverse", "result", "in", "contains", "matches",
            "memberOf", "soundslike", "str", "excludes", "after", "before", "coincides", "during", "finishes",
            "finishedby", "includes", "meets", "metby", "overlappedby", "overlaps", "starts", "startedby", "modify",
            "insert", "insertLogical", "update", "delete", "retract", "and", "or", "event", "fact", "time", "length",
            "type", "trait", "unit", "drools", "kcontext", "sum", "count", "min", "max", "average", "collectList",
            "collectSet", "countDistinct", "variance", "standardDeviation", "cron", "int", "expr", "otherwise");

    private static final Set<String> PARAMETER_ACCESSORS = Set.of("number", "whole", "list", "has");

    private final SandboxAllowList allowList = SandboxAllowList.get();
    private final List<DrlToken> tokens;
    private final boolean[] skip;
    private DrlDeclarations declared;
    private final List<SandboxViolation> violations = new ArrayList<>();
    private final List<ParameterReference> parameterReferences = new ArrayList<>();

    private DrlSandbox(List<DrlToken> tokens) {
        this.tokens = tokens;
        this.skip = new boolean[tokens.size()];
    }

    /** A parameter key a rule reads by a literal ({@code params.number("tier.green.min")}), with its line. */
    record ParameterReference(String key, int line) {
    }

    /** The verdict on one file: what it may not do, and which parameter keys it reads. */
    record Report(List<SandboxViolation> violations, List<ParameterReference> parameterReferences) {
    }

    /**
     * Checks {@code source}, whose {@code package} must be {@code expectedPackage} (its folder, with dots): a
     * rule set cannot place code in a package of its choosing, Steward's or the JDK's.
     */
    static Report check(String source, String expectedPackage) {
        List<DrlToken> tokens;
        try {
            tokens = DrlTokenizer.tokenize(source);
        } catch (SandboxViolation violation) {
            return new Report(List.of(violation), List.of());
        }
        DrlSandbox sandbox = new DrlSandbox(tokens);
        sandbox.readHeaderStatements(expectedPackage);
        sandbox.declared = DrlDeclarations.of(tokens, sandbox.skip, sandbox.violations);
        sandbox.checkNames();
        return new Report(List.copyOf(sandbox.violations), List.copyOf(sandbox.parameterReferences));
    }

    /** {@code package} and {@code import} statements: the names in them are package paths, checked here. */
    private void readHeaderStatements(String expectedPackage) {
        boolean packageStated = false;
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            boolean statementStart = i == 0 || tokens.get(i - 1).is(";") || tokens.get(i - 1).line() < token.line();
            if (!statementStart || !(token.is("package") || token.is("import"))) {
                continue;
            }
            int end = i + 1;
            StringBuilder name = new StringBuilder();
            while (end < tokens.size() && tokens.get(end).line() == token.line() && !tokens.get(end).is(";")) {
                name.append(tokens.get(end).text());
                end++;
            }
            if (token.is("import")) {
                checkImport(token, name.toString());
            } else {
                packageStated = true;
                if (!name.toString().equals(expectedPackage)) {
                    refuse(token, "package '" + name + "' must be '" + expectedPackage + "', the file's folder");
                }
            }
            for (int j = i; j < end && j < tokens.size(); j++) {
                skip[j] = true;
            }
        }
        if (!packageStated) {
            violations.add(new SandboxViolation(1, "the file states no package: write 'package " + expectedPackage
                    + ";' (its folder)"));
        }
    }

    private void checkImport(DrlToken token, String name) {
        if (name.startsWith("function") || name.startsWith("accumulate") || name.startsWith("static")) {
            refuse(token, "'import " + name.replaceFirst("^(function|accumulate|static).*", "$1")
                    + "' is not allowed: rules may import only Steward's fact types");
        } else if (!allowList.isImportable(name)) {
            refuse(token, "import of '" + name + "' is not allowed: rules may import only Steward's fact types "
                    + "(org.steward.scoring.facts.*) and the JDK value types listed in docs/authoring-rules.md");
        }
    }



    private void checkNames() {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (skip[i]) {
                continue;
            }
            if (token.is("dialect") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == DrlToken.Kind.STRING
                    && !tokens.get(i + 1).text().equals("\"java\"")) {
                refuse(token, "dialect " + tokens.get(i + 1).text() + " is not allowed: consequences are written in Java");
            }
            if (!token.isIdentifier()) {
                continue;
            }
            if (token.is("global")) {
                checkGlobal(i);
            }
            DrlToken previous = i > 0 ? tokens.get(i - 1) : null;
            if (previous != null && previous.is("@")) {
                continue;
            }
            noteParameterReference(i);
            if (DrlDeclarations.isMemberPosition(tokens, i)) {
                checkMember(token);
            } else if (previous != null && previous.is("#")) {
                checkType(token);
            } else {
                checkFirstName(token);
            }
        }
    }

    /** The only global is the parameters: {@code global ScoringParameters params;}. */
    private void checkGlobal(int index) {
        boolean parameters = index + 2 < tokens.size() && tokens.get(index + 1).is("ScoringParameters")
                && tokens.get(index + 2).is(CompiledRuleSet.PARAMETERS_GLOBAL);
        if (!parameters) {
            refuse(tokens.get(index), "the only global a rule set may declare is 'global ScoringParameters "
                    + CompiledRuleSet.PARAMETERS_GLOBAL + ";'");
        }
    }

    private void checkMember(DrlToken token) {
        String name = token.text();
        if (name.equals("class")) {
            refuse(token, "class literals (.class) are not allowed: rules may not reach classes");
        } else if (SandboxAllowList.DENIED_MEMBERS.contains(name)) {
            refuse(token, "'" + name + "' is not allowed: it reaches reflection, class loading, threads, the "
                    + "system or the clock (rules read the day from AccountProfile.asOf)");
        } else if (!allowList.isMember(name) && !declared.isName(name)
                && !SandboxAllowList.ENGINE_MEMBERS.contains(name)) {
            refuse(token, "'" + name + "' is not a member of Steward's fact types or the allowed JDK types");
        }
    }

    private void checkType(DrlToken token) {
        if (!allowList.isType(token.text()) && !declared.isType(token.text())) {
            refuse(token, "'" + token.text() + "' is not a type rules may use: only Steward's fact types and "
                    + "the JDK value types listed in docs/authoring-rules.md");
        }
    }

    private void checkFirstName(DrlToken token) {
        String name = token.text();
        if (REFUSED_KEYWORDS.contains(name)) {
            refuse(token, "'" + name + "' is not allowed in rules");
        } else if (JAVA_KEYWORDS.contains(name) || DRL_WORDS.contains(name)) {
            return;
        } else if (Character.isUpperCase(name.charAt(0))) {
            if (!allowList.isType(name) && !declared.isType(name) && !allowList.isMember(name)) {
                checkType(token);
            }
        } else if (SandboxAllowList.DENIED_MEMBERS.contains(name)) {
            checkMember(token);
        } else if (!declared.isName(name) && !allowList.isMember(name)) {
            refuse(token, "unknown name '" + name + "': rules may use only their own bindings and variables, "
                    + "fields of Steward's facts and the allowed types (no fully-qualified names)");
        }
    }

    private void noteParameterReference(int index) {
        if (!PARAMETER_ACCESSORS.contains(tokens.get(index).text()) || index + 3 >= tokens.size()) {
            return;
        }
        DrlToken literal = tokens.get(index + 2);
        if (tokens.get(index + 1).is("(") && literal.kind() == DrlToken.Kind.STRING && tokens.get(index + 3).is(")")) {
            String text = literal.text();
            parameterReferences.add(new ParameterReference(text.substring(1, text.length() - 1), literal.line()));
        }
    }

    private void refuse(DrlToken token, String message) {
        violations.add(new SandboxViolation(token.line(), token.column(), message));
    }
}
