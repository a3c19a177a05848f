package org.steward.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The sandbox where authored rules run: every class Drools compiled from a rule set (constraints, consequences,
 * functions, accumulate code, the generated rule definitions) is read instruction by instruction. Each
 * method call, field access, constructor, class literal, method reference and dynamic call site must pass
 * {@link BytecodeAllowList}; a class that reaches anything else refuses the whole rule set, naming the rule
 * (or function) and what it called. The accepted classes are then rewritten so that they stay within their
 * limits: {@link RuleBudget#check()} at the start of every method and before every backward jump, and
 * {@link RuleBudget#arrayLength(int)} before every array allocation. Only the rewritten classes are loaded.
 */
final class RuleClasses {

    private static final String BUDGET = Type.getInternalName(RuleBudget.class);
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory", "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat");

    private RuleClasses() {
    }

    /** A refused call: the class it is in, the rule or function it belongs to (null when unknown), and why. */
    record Refusal(String className, String rule, String message) {
    }

    /** The checked and rewritten classes by path, or the refusals. */
    record Result(Map<String, byte[]> classes, List<Refusal> refusals) {
    }

    /**
     * Checks and rewrites {@code classes} (by path, e.g. {@code scoring/P01/LambdaConsequence01.class}).
     * {@code projectModelClass} is the internal name of the container's generated project model.
     */
    static Result sandbox(Map<String, byte[]> classes, String projectModelClass, Set<String> functions) {
        Set<String> own = new HashSet<>();
        classes.keySet().forEach(path -> own.add(path.substring(0, path.length() - ".class".length())));
        Map<String, String> ruleOfClass = rulesOfLambdas(classes);
        List<Refusal> refusals = new ArrayList<>();
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        BytecodeAllowList allowList = BytecodeAllowList.get();
        classes.forEach((path, bytes) -> {
            String name = path.substring(0, path.length() - ".class".length());
            boolean projectModel = name.equals(projectModelClass);
            ClassReader reader = new ClassReader(bytes);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new Checker(writer, name, own, projectModel, allowList, ruleOfClass, functions, refusals), 0);
            rewritten.put(path, writer.toByteArray());
        });
        return new Result(rewritten, refusals);
    }

    /**
     * Which rule each generated lambda class belongs to: the executable model builds each rule in a method
     * that names the rule ({@code D.rule("pkg", "name")}) and reads the {@code INSTANCE} of its lambdas.
     */
    private static Map<String, String> rulesOfLambdas(Map<String, byte[]> classes) {
        Map<String, String> ruleOf = new HashMap<>();
        classes.forEach((path, bytes) -> {
            if (!path.contains("RuleMethods") && !path.matches(".*/Rules[0-9A-F]+\\.class")) {
                return;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        final List<String> strings = new ArrayList<>();
                        final List<String> lambdas = new ArrayList<>();
                        String rule;

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String text) {
                                strings.add(text);
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            if (method.equals("rule") && owner.endsWith("/D") && !strings.isEmpty()) {
                                rule = strings.get(strings.size() - 1);
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            if (field.equals("INSTANCE") && owner.contains("/Lambda")) {
                                lambdas.add(owner);
                            }
                        }

                        @Override
                        public void visitEnd() {
                            if (rule != null) {
                                lambdas.forEach(lambda -> ruleOf.putIfAbsent(lambda, rule));
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        });
        return ruleOf;
    }

    /** Checks one class and writes it back with its budget checks. */
    private static final class Checker extends ClassVisitor {

        private final String className;
        private final Set<String> own;
        private final boolean projectModel;
        private final BytecodeAllowList allowList;
        private final Map<String, String> ruleOfClass;
        private final Set<String> functions;
        private final List<Refusal> refusals;

        Checker(ClassVisitor next, String className, Set<String> own, boolean projectModel, BytecodeAllowList allowList,
                Map<String, String> ruleOfClass, Set<String> functions, List<Refusal> refusals) {
            super(Opcodes.ASM9, next);
            this.className = className;
            this.own = own;
            this.projectModel = projectModel;
            this.allowList = allowList;
            this.ruleOfClass = ruleOfClass;
            this.functions = functions;
            this.refusals = refusals;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            check(null, superName, null, null, "extends");
            if (interfaces != null) {
                for (String type : interfaces) {
                    check(null, type, null, null, "implements");
                }
            }
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            boolean native_ = (access & Opcodes.ACC_NATIVE) != 0;
            if (native_ || (access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse(name, "declares a " + (native_ ? "native" : "synchronized") + " method");
            }
            return new Budgeted(next, name, !name.equals("<init>") && !name.equals("<clinit>"));
        }

        private void check(String method, String owner, String member, String descriptor, String what) {
            if (owner == null) {
                return;
            }
            String why = allowList.refusal(owner, member, descriptor, own, projectModel);
            if (why != null) {
                String target = owner.replace('/', '.') + (member == null ? "" : "." + member);
                refuse(method, what + " " + target + ": " + why);
            }
        }

        private void refuse(String method, String message) {
            String rule = ruleOfClass.get(className);
            if (rule == null && method != null && functions.contains(method)) {
                rule = "function " + method;
            }
            refusals.add(new Refusal(className, rule, message));
        }

        /** Checks every instruction of one method and writes the budget checks into it. */
        private final class Budgeted extends MethodVisitor {

            private final String method;
            private final boolean checkOnEntry;
            private final Set<Label> seen = new HashSet<>();

            Budgeted(MethodVisitor next, String method, boolean checkOnEntry) {
                super(Opcodes.ASM9, next);
                this.method = method;
                this.checkOnEntry = checkOnEntry;
            }

            @Override
            public void visitCode() {
                super.visitCode();
                if (checkOnEntry) {
                    budgetCheck();
                }
            }

            @Override
            public void visitLabel(Label label) {
                seen.add(label);
                super.visitLabel(label);
            }

            @Override
            public void visitJumpInsn(int opcode, Label target) {
                if (seen.contains(target)) {
                    budgetCheck();
                }
                super.visitJumpInsn(opcode, target);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label fallback, Label... labels) {
                if (seen.contains(fallback) || List.of(labels).stream().anyMatch(seen::contains)) {
                    budgetCheck();
                }
                super.visitTableSwitchInsn(min, max, fallback, labels);
            }

            @Override
            public void visitLookupSwitchInsn(Label fallback, int[] keys, Label[] labels) {
                if (seen.contains(fallback) || List.of(labels).stream().anyMatch(seen::contains)) {
                    budgetCheck();
                }
                super.visitLookupSwitchInsn(fallback, keys, labels);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                check(method, owner, name, descriptor, "calls");
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                check(method, owner, name, descriptor, "reads");
                super.visitFieldInsn(opcode, owner, name, descriptor);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                check(method, type, null, null, opcode == Opcodes.NEW ? "creates" : "uses");
                if (opcode == Opcodes.ANEWARRAY) {
                    arrayLength();
                }
                super.visitTypeInsn(opcode, type);
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                if (opcode == Opcodes.NEWARRAY) {
                    arrayLength();
                }
                super.visitIntInsn(opcode, operand);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                refuse(method, "allocates a multi-dimensional array");
                super.visitMultiANewArrayInsn(descriptor, dimensions);
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                    check(method, type.getInternalName(), null, null, "names the class");
                } else if (value instanceof Handle || value instanceof ConstantDynamic
                        || value instanceof Type type && type.getSort() == Type.METHOD) {
                    refuse(method, "loads a method handle or dynamic constant");
                }
                super.visitLdcInsn(value);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                    refuse(method, "uses the dynamic call site " + bootstrap.getOwner().replace('/', '.') + "."
                            + bootstrap.getName());
                }
                for (Object argument : arguments) {
                    if (argument instanceof Handle handle) {
                        check(method, handle.getOwner(), handle.getName(), handle.getDesc(), "refers to");
                    } else if (argument instanceof ConstantDynamic) {
                        refuse(method, "loads a dynamic constant");
                    }
                }
                super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            }

            private void budgetCheck() {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "check", "()V", false);
            }

            private void arrayLength() {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "arrayLength", "(I)I", false);
            }
        }
    }
}
