package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set — DRL files and one {@code parameters.properties}, by path — into a reusable
 * {@link CompiledRuleSet}, or reports every problem with its file, line and column.
 *
 * <p>In order: the paths are checked; the parameters file is read; every DRL file passes the
 * {@link DrlSandbox} (a first, friendly check on the text, with lines and columns) and may read only parameter
 * keys the file defines. Then the DRL is compiled to Drools' executable model, in which every constraint,
 * consequence, function and accumulate is Java bytecode, and {@link RuleClasses} checks every class of it
 * against what rules may call and writes their time and memory checks into them — the defence, where the code
 * runs. Only the checked classes are loaded. When the executable model does not compile, the DRL is compiled
 * again in DRL mode for its messages, which carry DRL lines and columns. Each compilation gets its own
 * release id and leaves nothing behind in the KIE repository.
 */
public final class RuleSetCompiler {

    public static final String PARAMETERS_FILE = "parameters.properties";

    private static final String RESOURCES = "src/main/resources/";
    /** Follows a parser error in its file, which has said all there is to say. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)");
    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");

    private final KieServices kieServices = KieServices.Factory.get();
    private final RuleLimits limits;

    public RuleSetCompiler() {
        this(RuleLimits.DEFAULT);
    }

    /** A compiler whose rule sets stop an account's evaluation at {@code limits}. */
    public RuleSetCompiler(RuleLimits limits) {
        this.limits = limits;
    }

    /**
     * Compiles the files of one rule set, keyed by their path below {@code rules/} (e.g.
     * {@code scoring/tier.drl}, {@code scoring/parameters.properties}).
     */
    public RuleSetCompilation compile(Map<String, String> filesByPath) {
        Map<String, String> files = new TreeMap<>(filesByPath);
        List<RuleSetProblem> problems = new ArrayList<>();
        String parametersPath = checkPaths(files, problems);
        ParameterSet parameters = parametersPath == null ? null
                : ParameterSet.parse(parametersPath, files.get(parametersPath), problems);
        if (parameters != null) {
            parameters.overridesWithoutDefault().forEach(key -> problems.add(new RuleSetProblem(
                    RuleSetProblem.Kind.PARAMETERS, parametersPath, 0, 0, "'" + key + "' overrides a key with no default")));
        }
        files.forEach((path, source) -> {
            if (path.endsWith(".drl") && isSafePath(path)) {
                checkSandbox(path, source, parameters, problems);
            }
        });
        if (!problems.isEmpty()) {
            return new RuleSetProblems(problems);
        }
        return build(files, parameters);
    }

    private static String checkPaths(Map<String, String> files, List<RuleSetProblem> problems) {
        String parametersPath = null;
        boolean anyRules = false;
        for (String path : files.keySet()) {
            if (!isSafePath(path)) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.FILES, path, 0, 0,
                        "a rule set holds .drl files in folders (the folder is the DRL package) and one "
                                + PARAMETERS_FILE + ", under relative paths of letters, digits, '-' and '_'"));
            } else if (path.endsWith(PARAMETERS_FILE)) {
                if (parametersPath != null) {
                    problems.add(new RuleSetProblem(RuleSetProblem.Kind.FILES, path, 0, 0,
                            "a second " + PARAMETERS_FILE + " (the first is " + parametersPath + ")"));
                }
                parametersPath = parametersPath == null ? path : parametersPath;
            } else {
                anyRules = true;
            }
        }
        if (parametersPath == null) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.FILES, PARAMETERS_FILE, 0, 0, "the rule set has no "
                    + PARAMETERS_FILE));
        }
        if (!anyRules) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.FILES, "", 0, 0, "the rule set has no .drl file"));
        }
        return parametersPath;
    }

    private static boolean isSafePath(String path) {
        String[] segments = path.split("/", -1);
        String name = segments[segments.length - 1];
        if (!name.equals(PARAMETERS_FILE) && !(name.endsWith(".drl") && segments.length > 1)) {
            return false;
        }
        segments[segments.length - 1] = name.equals(PARAMETERS_FILE) ? "p" : name.substring(0, name.length() - 4);
        for (String segment : segments) {
            if (!PATH_SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void checkSandbox(String path, String source, ParameterSet parameters,
            List<RuleSetProblem> problems) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        DrlSandbox.Report report = DrlSandbox.check(source, folder.replace('/', '.'));
        report.violations().forEach(violation -> problems.add(new RuleSetProblem(RuleSetProblem.Kind.SANDBOX, path,
                violation.line(), violation.column(), violation.getMessage())));
        if (parameters != null) {
            report.parameterReferences().stream()
                    .filter(reference -> !parameters.defaults().containsKey(reference.key()))
                    .forEach(reference -> problems.add(new RuleSetProblem(RuleSetProblem.Kind.PARAMETERS, path,
                            reference.line(), 0, "parameter '" + reference.key() + "' is not defined in "
                                    + PARAMETERS_FILE)));
        }
    }

    /**
     * Compiles files that passed the checks on their text. Package-private so that tests can hand the
     * bytecode sandbox code the text checks would have refused.
     */
    RuleSetCompilation build(Map<String, String> files, ParameterSet parameters) {
        ReleaseId releaseId = newReleaseId();
        KieBuilder builder = kieServices.newKieBuilder(fileSystem(files, releaseId)).buildAll(ExecutableModelProject.class);
        try {
            if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
                return diagnose(files, builder);
            }
            MemoryKieModule module = (MemoryKieModule) ((CanonicalKieModule) builder.getKieModule()).getInternalKieModule();
            List<RuleSetProblem> refused = sandbox(module, releaseId, files);
            if (!refused.isEmpty()) {
                return new RuleSetProblems(refused);
            }
            KieContainer container = kieServices.newKieContainer(releaseId);
            KieBaseConfiguration configuration = kieServices.newKieBaseConfiguration();
            configuration.setOption(KieBaseMutabilityOption.DISABLED);
            KieBase kieBase = container.newKieBase(configuration);
            return new CompiledRuleSet(kieBase, parameters, limits);
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    private ReleaseId newReleaseId() {
        return kieServices.newReleaseId("org.steward.rulesets", "ruleset-" + UUID.randomUUID(), "1");
    }

    private KieFileSystem fileSystem(Map<String, String> files, ReleaseId releaseId) {
        KieFileSystem fileSystem = kieServices.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        files.forEach((path, source) -> {
            if (path.endsWith(".drl")) {
                fileSystem.write(RESOURCES + path, source);
            }
        });
        return fileSystem;
    }

    /** Checks and rewrites the module's classes in place; the refusals as problems of the DRL file of their rule. */
    private static List<RuleSetProblem> sandbox(MemoryKieModule module, ReleaseId releaseId, Map<String, String> files) {
        Map<String, byte[]> classes = new TreeMap<>();
        for (PortablePath path : module.getMemoryFileSystem().getFilePaths()) {
            if (path.asString().endsWith(".class")) {
                classes.put(path.asString(), module.getMemoryFileSystem().getBytes(path));
            }
        }
        String projectModel = CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(releaseId).replace('.', '/');
        RuleClasses.Result result = RuleClasses.sandbox(classes, projectModel, RuleSources.functionNames(files));
        List<RuleSetProblem> problems = new ArrayList<>();
        result.refusals().stream().distinct().forEach(refusal -> problems.add(RuleSources.locate(files, refusal)));
        if (problems.isEmpty()) {
            result.classes().forEach((path, bytes) -> module.getMemoryFileSystem().write(PortablePath.of(path), bytes, true));
        }
        return problems;
    }

    /**
     * The executable model did not compile: DRL mode says why with DRL lines and columns. What compiles in DRL
     * mode but not in the executable model is reported as the executable model's message.
     */
    private RuleSetCompilation diagnose(Map<String, String> files, KieBuilder executable) {
        ReleaseId releaseId = newReleaseId();
        KieBuilder builder = kieServices.newKieBuilder(fileSystem(files, releaseId)).buildAll();
        try {
            List<RuleSetProblem> problems = new ArrayList<>();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(problem(message));
            }
            problems.removeIf(problem -> problem.message().equals(NULL_PACKAGE) && problems.stream()
                    .anyMatch(other -> other != problem && other.path().equals(problem.path())));
            if (problems.isEmpty()) {
                for (Message message : executable.getResults().getMessages(Message.Level.ERROR)) {
                    String text = message.getText().strip();
                    if (!text.startsWith("Java source of")) {
                        problems.add(new RuleSetProblem(RuleSetProblem.Kind.COMPILER, pathOf(message), 0, 0,
                                "not supported by the executable rule model: " + text.split("\n")[0]));
                    }
                }
            }
            return new RuleSetProblems(problems);
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * A compiler message as a problem. The DRL parser leaves the column out of the message's fields and
     * writes it into the text ({@code [ERR 101] Line 6:37 no viable alternative ...}, 0-based), so it is read
     * from there.
     */
    private static RuleSetProblem problem(Message message) {
        String text = message.getText().strip();
        int line = Math.max(0, message.getLine());
        int column = Math.max(0, message.getColumn());
        Matcher position = PARSER_POSITION.matcher(text);
        if (column == 0 && position.find()) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1;
        }
        return new RuleSetProblem(RuleSetProblem.Kind.COMPILER, pathOf(message), line, column, text);
    }

    private static String pathOf(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }
}
