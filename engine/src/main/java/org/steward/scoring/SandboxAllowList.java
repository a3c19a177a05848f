package org.steward.scoring;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.scoring.facts.*;

/**
 * What authored DRL may name: Steward's fact types and helpers, the account enums, and a short list of
 * JDK value types (text, numbers, dates, collections, streams) — and the members reachable from them.
 * Member names are computed: every public method and field of an allowed type, and of every type those
 * return, transitively, as long as the type stays inside the value packages ({@code java.util},
 * {@code java.time}, {@code java.math}, the facts). A method that returns anything else ({@code Class},
 * a class loader, a thread, a stream of bytes, ...) makes its name refused wherever it appears, as do the
 * names in {@link #DENIED_MEMBERS}.
 */
final class SandboxAllowList {

    static final List<Class<?>> FACT_TYPES = List.of(
            AccountProfile.class, UsageWindow.class, WindowKind.class, LoginBaseline.class, Contact.class,
            OpenTicket.class, NpsHistory.class, OverdueInvoice.class, CsmAssessment.class, ScoreHistory.class,
            UserActivity.class, ScoringParameters.class, Layer.class, LayerComponent.class, LayerScore.class,
            MissingLayer.class, LayerContribution.class, HealthScore.class, Tier.class, HealthTier.class,
            TrendDirection.class, Trend.class, SignalKind.class, Signal.class, LifecycleStage.class, Lifecycle.class,
            PrimaryContact.class, PlaybookCandidate.class, PlaybookChoice.class, RuleMath.class,
            Segment.class, Disc.class, TicketPriority.class, TicketStatus.class);

    static final List<Class<?>> JDK_TYPES = List.of(
            Object.class, String.class, StringBuilder.class, Math.class, Number.class, Integer.class, Long.class,
            Double.class, Boolean.class, Character.class, BigDecimal.class, BigInteger.class, RoundingMode.class,
            Collection.class, List.class, Set.class, Map.class, ArrayList.class, HashMap.class, LinkedHashMap.class,
            HashSet.class, LinkedHashSet.class, TreeMap.class, TreeSet.class, Collections.class, Arrays.class,
            Objects.class, Optional.class, Comparator.class, LocalDate.class, Period.class, ChronoUnit.class,
            DayOfWeek.class, Stream.class, IntStream.class, LongStream.class, DoubleStream.class, Collectors.class);

    /** Exceptions a rule may construct and throw; their members are not open to rules. */
    static final List<Class<?>> THROWABLE_TYPES = List.of(IllegalArgumentException.class, IllegalStateException.class);

    /** Refused wherever they appear, whatever the receiver: reflection, class loading, threads, the clock. */
    static final Set<String> DENIED_MEMBERS = Set.of(
            "getClass", "getDeclaringClass", "forName", "getClassLoader", "loadClass", "getSystemClassLoader",
            "getContextClassLoader", "getModule", "getResource", "getResourceAsStream", "newInstance",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "setAccessible",
            "invoke", "lookup", "exec", "exit", "halt", "getRuntime", "currentThread", "wait", "notify",
            "notifyAll", "finalize", "now", "random", "parallel", "parallelStream", "parallelSort", "parallelSetAll",
            "parallelPrefix", "getKieRuntime", "setDefault", "registerProvider");

    /** What consequences may ask of {@code drools} / {@code kcontext}. */
    static final Set<String> ENGINE_MEMBERS = Set.of("insert", "insertLogical", "update", "delete", "retract",
            "getRule", "getName");

    private static final Set<String> VALUE_PACKAGES = Set.of("java.util", "java.util.function", "java.util.stream",
            "java.time", "java.time.chrono", "java.time.format", "java.time.temporal", "java.time.zone", "java.math",
            "org.steward.scoring.facts");

    private static final Set<Class<?>> VALUE_LANG_TYPES = Set.of(Object.class, String.class, StringBuilder.class,
            CharSequence.class, Comparable.class, Iterable.class, Number.class, Integer.class, Long.class,
            Double.class, Float.class, Short.class, Byte.class, Boolean.class, Character.class, Math.class,
            Void.class, Enum.class, Record.class, Runnable.class, AutoCloseable.class);

    private static final Set<String> NOT_VALUE_TYPES = Set.of("java.util.ServiceLoader", "java.util.Timer",
            "java.util.ResourceBundle", "java.util.Scanner", "java.util.Formatter", "java.util.Properties");

    private static final SandboxAllowList INSTANCE = new SandboxAllowList();

    private final Map<String, Class<?>> typesBySimpleName = new HashMap<>();
    private final Set<String> members = new HashSet<>();

    private SandboxAllowList() {
        List<Class<?>> open = new ArrayList<>(FACT_TYPES);
        open.addAll(JDK_TYPES);
        open.forEach(type -> typesBySimpleName.put(type.getSimpleName(), type));
        THROWABLE_TYPES.forEach(type -> typesBySimpleName.put(type.getSimpleName(), type));
        collectMembers(open);
    }

    static SandboxAllowList get() {
        return INSTANCE;
    }

    boolean isType(String simpleName) {
        return typesBySimpleName.containsKey(simpleName);
    }

    boolean isMember(String name) {
        return members.contains(name);
    }

    /** An import may name an allowed type by its full name, or the facts package with {@code .*}. */
    boolean isImportable(String qualifiedName) {
        if (qualifiedName.equals(RuleMath.class.getPackageName() + ".*")) {
            return true;
        }
        Class<?> type = typesBySimpleName.get(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1));
        return type != null && type.getCanonicalName().equals(qualifiedName);
    }

    private void collectMembers(Collection<Class<?>> roots) {
        Set<String> refused = new HashSet<>(DENIED_MEMBERS);
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Class<?> type = queue.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                reach(method.getName(), method.getReturnType(), queue, refused);
            }
            for (Field field : type.getFields()) {
                reach(field.getName(), field.getType(), queue, refused);
            }
            for (Class<?> nested : type.getClasses()) {
                if (Modifier.isPublic(nested.getModifiers())) {
                    reach(nested.getSimpleName(), nested, queue, refused);
                }
            }
        }
        members.removeAll(refused);
    }

    private void reach(String name, Class<?> type, Deque<Class<?>> queue, Set<String> refused) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive()) {
            members.add(name);
        } else if (isValueType(element)) {
            members.add(name);
            queue.add(element);
        } else {
            refused.add(name);
        }
    }

    private static boolean isValueType(Class<?> type) {
        if (NOT_VALUE_TYPES.contains(type.getName())) {
            return false;
        }
        return VALUE_LANG_TYPES.contains(type) || VALUE_PACKAGES.contains(type.getPackageName())
                || Arrays.asList(Segment.class, Disc.class, TicketPriority.class, TicketStatus.class).contains(type);
    }

    @Override
    public String toString() {
        return "SandboxAllowList[" + typesBySimpleName.size() + " types, " + members.size() + " members]";
    }

    /** For documentation and tests: the allowed type names, sorted. */
    List<String> typeNames() {
        List<String> names = new ArrayList<>(typesBySimpleName.keySet());
        Collections.sort(names);
        return names;
    }
}
