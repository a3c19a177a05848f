package org.steward.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a DRL file introduces itself: bindings, variables, parameters, functions, queries, fields and
 * types it declares. Only names that look like values (lower case or {@code $}) count as declared
 * variables, and never a package's first segment ({@code java}, {@code org}, ...), so a declaration cannot
 * open a path to a type; a declared type may not hide a {@code java.lang} class.
 */
final class DrlDeclarations {

    /** First segments of package names: never accepted as a binding or variable, so they cannot start a path. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
            "jakarta", "ch", "reactor", "kotlin");

    private static final Set<String> MEMBER_SEPARATORS = Set.of(".", "::", "!.", "?.");
    private static final Set<String> DECLARATION_ENDS = Set.of("=", ";", ":", ",", ")");

    private final List<DrlToken> tokens;
    private final boolean[] skip;
    private final List<SandboxViolation> violations;
    private final Set<String> declaredNames = new HashSet<>();
    private final Set<String> declaredTypes = new HashSet<>();

    private DrlDeclarations(List<DrlToken> tokens, boolean[] skip, List<SandboxViolation> violations) {
        this.tokens = tokens;
        this.skip = skip;
        this.violations = violations;
    }

    /** What the file declares; a refused declaration is added to {@code violations}. */
    static DrlDeclarations of(List<DrlToken> tokens, boolean[] skip, List<SandboxViolation> violations) {
        DrlDeclarations declarations = new DrlDeclarations(tokens, skip, violations);
        declarations.collect();
        return declarations;
    }

    boolean isName(String name) {
        return declaredNames.contains(name);
    }

    boolean isType(String name) {
        return declaredTypes.contains(name);
    }

    /** Whether the token at {@code index} follows a member separator ({@code .}, {@code ::}, {@code !.}, {@code ?.}). */
    static boolean isMemberPosition(List<DrlToken> tokens, int index) {
        return index > 0 && MEMBER_SEPARATORS.contains(tokens.get(index - 1).text());
    }

    private void collect() {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (skip[i] || !token.isIdentifier()) {
                continue;
            }
            DrlToken previous = i > 0 ? tokens.get(i - 1) : null;
            DrlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (previous != null && previous.is("declare")) {
                declareType(i);
            } else if (previous != null && (previous.is("query") || previous.is("function")) && next != null
                    && !next.is("(")) {
                declareFunctionAfter(i);
            } else if (previous != null && previous.is("query")) {
                declare(token.text());
            } else if (next != null && (next.is(":") || next.is("->")) && !isMemberPosition(tokens, i)) {
                declare(token.text());
                if (insideDeclare(i)) {
                    declareFieldAccessors(token.text());
                }
            } else if (next != null && DECLARATION_ENDS.contains(next.text()) && previous != null
                    && isTypeEnd(previous)) {
                declare(token.text());
            }
        }
        declareLambdaParameterLists();
    }

    private void declareType(int index) {
        DrlToken name = tokens.get(index);
        if ((name.is("enum") || name.is("trait")) && index + 1 < tokens.size()) {
            name = tokens.get(index + 1);
        }
        if (hidesJavaLang(name.text())) {
            violations.add(new SandboxViolation(name.line(), name.column(), "a declared type may not be called '"
                    + name.text() + "': it would hide java.lang." + name.text()));
        } else {
            declaredTypes.add(name.text());
        }
    }

    private static boolean hidesJavaLang(String name) {
        try {
            Class.forName("java.lang." + name, false, DrlSandbox.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void declareFunctionAfter(int index) {
        for (int i = index; i + 1 < tokens.size() && !tokens.get(i).is("{"); i++) {
            if (tokens.get(i).isIdentifier() && tokens.get(i + 1).is("(")) {
                declare(tokens.get(i).text());
                return;
            }
        }
    }

    private void declareLambdaParameterLists() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(")") && tokens.get(i + 1).is("->")) {
                for (int j = i - 1; j >= 0 && !tokens.get(j).is("("); j--) {
                    if (tokens.get(j).isIdentifier()) {
                        declare(tokens.get(j).text());
                    }
                }
            }
        }
    }

    private boolean insideDeclare(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).is("end") || tokens.get(i).is("then")) {
                return false;
            }
            if (tokens.get(i).is("declare")) {
                return true;
            }
        }
        return false;
    }

    private void declareFieldAccessors(String field) {
        String capitalised = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        declaredNames.addAll(List.of("get" + capitalised, "set" + capitalised, "is" + capitalised));
    }

    /** Names the file introduces count only when they look like values (lower case or $): a type cannot hide. */
    private void declare(String name) {
        char first = name.charAt(0);
        if (PACKAGE_ROOTS.contains(name)) {
            return;
        }
        if (first == '$' || first == '_' || Character.isLowerCase(first)) {
            declaredNames.add(name);
        }
    }

    private static boolean isTypeEnd(DrlToken token) {
        if (token.is(">") || token.is("]")) {
            return true;
        }
        return token.isIdentifier() && (!DrlSandbox.JAVA_KEYWORDS.contains(token.text())
                || Set.of("boolean", "byte", "char", "double", "float", "int", "long", "short", "var", "final")
                        .contains(token.text()));
    }
}
