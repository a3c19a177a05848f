package org.steward.scoring;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the classes Drools compiles from an authored rule set may call, read and construct: the decision
 * on each call site of the bytecode, by its owner type, member name and descriptor.
 * <ul>
 * <li>Steward's fact types and rule helpers ({@code org.steward.scoring.facts}) and the account enums:
 *     every public member but the refused names;</li>
 * <li>the JDK value types of {@link SandboxAllowList} (text, numbers, dates, collections, streams) and a few
 *     more the compiler itself emits (iterators, boxing, {@code StringBuilder}): public members whose result
 *     stays within value types, minus the refused names ({@code getClass}, {@code forName}, {@code now},
 *     {@code parallel}, ... see {@link SandboxAllowList#DENIED_MEMBERS});</li>
 * <li>the Drools executable-model DSL ({@code org.drools.model}, the pattern builder {@code D}, the
 *     evaluation helpers): the data structures the generated code builds rules from, which hold no
 *     reference to the running engine; and of the engine context {@code drools} only {@code insert},
 *     {@code update} and {@code delete}. {@code getRuntime}, {@code getContext}, the knowledge helper
 *     behind it ({@code org.drools.core}), the KIE API ({@code org.kie}) and everything else are refused;</li>
 * <li>the classes of the rule set itself.</li>
 * </ul>
 * The KIE API is open only to the one project-model class Drools generates for the rule set's own
 * container, which authored DRL cannot write into.
 */
final class BytecodeAllowList {

    private static final Set<String> DROOLS_CONTEXT = Set.of("org/drools/model/Drools", "org/drools/model/DroolsEntryPoint");
    private static final Set<String> DROOLS_CONTEXT_MEMBERS = Set.of("insert", "update", "delete", "logicalInsert");

    /** Owner prefixes of the executable model's DSL and helpers that generated rule code calls. */
    private static final List<String> MODEL_PREFIXES = List.of("org/drools/model/");
    private static final Set<String> MODEL_CLASSES = Set.of("org/drools/modelcompiler/dsl/pattern/D",
            "org/drools/modelcompiler/util/EvaluationUtil", "org/drools/modelcompiler/util/EvaluationUtil$1");
    private static final Set<String> MODEL_REFUSED = Set.of("org/drools/model/Channel");

    /** What the generated project-model class (kbase and session names for the container) calls. */
    private static final List<String> PROJECT_MODEL_PREFIXES = List.of("org/kie/api/builder/model/", "org/kie/api/conf/",
            "org/kie/api/runtime/conf/", "org/kie/util/maven/support/ReleaseIdImpl", "org/drools/modelcompiler/");
    private static final Set<String> PROJECT_MODEL_CALLS = Set.of("org/kie/api/KieServices.get",
            "org/kie/api/KieServices.newKieModuleModel", "org/kie/api/KieServices$Factory.get");

    /** Beyond the value types: what the Java compiler emits for ordinary code, by owner and member. */
    private static final Set<String> COMPILER_CALLS = Set.of("java/lang/System.arraycopy",
            "org/drools/util/DateUtils.getDateFormatMask");

    /** Drools' built-in accumulate functions ({@code sum}, {@code count}, {@code collectList}...): created, never called. */
    private static final String ACCUMULATORS = "org/drools/core/base/accumulators/";

    private static final Set<String> JDK_EXTRA_TYPES = Set.of("java/util/Iterator", "java/util/ListIterator",
            "java/util/Map$Entry", "java/lang/Iterable", "java/lang/CharSequence", "java/lang/Comparable", "java/lang/Enum",
            "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/util/Locale", "java/lang/Record",
            "java/time/format/DateTimeFormatter", "java/time/format/DateTimeFormatterBuilder", "java/time/LocalDateTime",
            "java/time/Duration", "java/time/temporal/ChronoUnit", "java/time/Month", "java/util/function/Function",
            "java/util/function/Predicate", "java/util/function/Supplier", "java/util/function/Consumer",
            "java/util/function/BiFunction", "java/util/function/ToIntFunction", "java/util/function/ToDoubleFunction",
            "java/util/function/ToLongFunction", "java/util/function/BinaryOperator", "java/util/function/UnaryOperator",
            "java/util/stream/Collector", "java/util/OptionalInt", "java/util/OptionalDouble", "java/util/OptionalLong",
            "java/util/NoSuchElementException", "java/lang/RuntimeException", "java/lang/ArithmeticException",
            "java/lang/NullPointerException", "java/lang/UnsupportedOperationException", "java/lang/IndexOutOfBoundsException");

    /**
     * JDK members that turn a small input into unbounded work or memory in one call, where no rule code runs
     * that the time limit could stop: endless or huge stream sources, repetition, capacities, huge powers.
     */
    private static final Set<String> AMPLIFYING = Set.of("repeat", "nCopies", "setLength", "ensureCapacity", "range",
            "rangeClosed", "generate", "iterate", "format", "formatted", "toPlainString", "shiftLeft",
            "scaleByPowerOfTen", "movePointLeft", "movePointRight", "setBit", "flipBit");

    private static final String FACTS_PACKAGE = "org/steward/scoring/facts/";
    private static final Set<String> ACCOUNT_ENUMS = Set.of("org/steward/account/Disc", "org/steward/account/Segment",
            "org/steward/account/TicketPriority", "org/steward/account/TicketStatus");

    private static final BytecodeAllowList INSTANCE = new BytecodeAllowList();

    private final Set<String> jdkTypes = new HashSet<>();
    private final Map<String, Set<String>> openMembers = new ConcurrentHashMap<>();

    private BytecodeAllowList() {
        for (Class<?> type : SandboxAllowList.JDK_TYPES) {
            jdkTypes.add(internalName(type));
        }
        for (Class<?> type : SandboxAllowList.THROWABLE_TYPES) {
            jdkTypes.add(internalName(type));
        }
        jdkTypes.addAll(JDK_EXTRA_TYPES);
    }

    static BytecodeAllowList get() {
        return INSTANCE;
    }

    /**
     * Null when code of a rule set may use {@code owner.member} (a method, a constructor {@code <init>}, a field,
     * or the type itself when {@code member} is null); otherwise why not.
     *
     * @param ownClasses  the internal names of the rule set's own classes
     * @param projectModel whether the call is in the generated project-model class
     */
    String refusal(String owner, String member, String descriptor, Set<String> ownClasses, boolean projectModel) {
        String type = owner.startsWith("[") ? elementType(owner) : owner;
        if (type == null || ownClasses.contains(type)) {
            return null;
        }
        if (projectModel && (PROJECT_MODEL_PREFIXES.stream().anyMatch(type::startsWith)
                || (member != null && PROJECT_MODEL_CALLS.contains(type + "." + member)))) {
            return null;
        }
        if (member != null && SandboxAllowList.DENIED_MEMBERS.contains(member)) {
            return "'" + member + "' is refused on every type";
        }
        if (DROOLS_CONTEXT.contains(type)) {
            return member == null || DROOLS_CONTEXT_MEMBERS.contains(member) ? null
                    : "the rule context offers only insert, update and delete";
        }
        if (type.startsWith(FACTS_PACKAGE) || ACCOUNT_ENUMS.contains(type)) {
            return null;
        }
        if (jdkTypes.contains(type)) {
            if (member != null && (AMPLIFYING.contains(member) || (member.equals("pow") && type.startsWith("java/math/")))) {
                return "one call can take unbounded time or memory";
            }
            if ("<init>".equals(member) && "(I)V".equals(descriptor) && !type.startsWith("java/lang/")
                    || "<init>".equals(member) && "(I)V".equals(descriptor) && type.equals("java/lang/StringBuilder")) {
                return "a capacity may reserve unbounded memory; create it without one";
            }
            return member == null || member.equals("<init>") || member.equals("TYPE") || isOpenJdkMember(type, member)
                    ? null : "it leads out of the value types rules may use";
        }
        if (member != null && COMPILER_CALLS.contains(type + "." + member)) {
            return null;
        }
        if ("<init>".equals(member) && type.startsWith(ACCUMULATORS)) {
            return null;
        }
        if (!MODEL_REFUSED.contains(type) && (MODEL_CLASSES.contains(type)
                || MODEL_PREFIXES.stream().anyMatch(type::startsWith))) {
            return null;
        }
        return "rules may use only Steward's facts, their helpers and value types";
    }

    private boolean isOpenJdkMember(String type, String member) {
        return openMembers.computeIfAbsent(type, BytecodeAllowList::openMembersOf).contains(member);
    }

    /** Public methods and fields of a JDK value type whose result is a value type (or primitive, or void). */
    private static Set<String> openMembersOf(String internalName) {
        Set<String> open = new HashSet<>();
        Class<?> type;
        try {
            type = Class.forName(internalName.replace('/', '.'), false, BytecodeAllowList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return open;
        }
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        for (Method method : methods) {
            if (Modifier.isPublic(method.getModifiers()) && isValue(method.getReturnType())) {
                open.add(method.getName());
            }
        }
        for (Field field : type.getFields()) {
            if (isValue(field.getType())) {
                open.add(field.getName());
            }
        }
        return open;
    }

    private static boolean isValue(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive()) {
            return true;
        }
        String name = internalName(element);
        return INSTANCE.jdkTypes.contains(name) || name.startsWith(FACTS_PACKAGE) || ACCOUNT_ENUMS.contains(name)
                || element.getPackageName().equals("java.util.function") || element.getPackageName().equals("java.util.stream")
                || element.getPackageName().startsWith("java.time");
    }

    private static String elementType(String descriptor) {
        String element = descriptor.replaceFirst("^\\[+", "");
        return element.startsWith("L") ? element.substring(1, element.length() - 1) : null;
    }

    static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
