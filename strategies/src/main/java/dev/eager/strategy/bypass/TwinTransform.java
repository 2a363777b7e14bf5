package dev.eager.strategy.bypass;

import java.lang.classfile.AccessFlags;
import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationElement;
import java.lang.classfile.AnnotationValue;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassElement;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodSignature;
import java.lang.classfile.Opcode;
import java.lang.classfile.Signature;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.attribute.RuntimeInvisibleAnnotationsAttribute;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bypass transform, on the JDK's Class-File API: gives every {@link Async} method of a class
 * a direct twin and turns the method itself into a dispatcher.
 *
 * <p>For {@code @Async CompletableFuture<Integer> m(int x)} it adds {@code private int m$twin(int
 * x)}: the original body where {@code await(n(args))} on another {@code @Async} method of the class
 * (one that cannot be overridden) calls {@code n$twin} and drops the caller's unboxing; {@code
 * await(stage)} on anything else waits through {@link DirectTwin#await}; {@code return
 * completedFuture(v)} returns {@code v} (without boxing it first); any other returned future is
 * waited for. The twin's type comes from the {@code Signature} attribute: a primitive for {@code
 * Integer}, {@code Long}, ... so a chain of twins allocates nothing per layer. {@code m} then reads
 * {@link dev.eager.core.Eager#isEager()}: when on, it runs the twin and returns one completed
 * future; when off, it hands the twin to {@link DirectTwin#start}, which runs it in a continuation
 * that suspends only at a leaf whose stage is not complete.
 *
 * <p>Deterministic: the same input bytes give the same output bytes, whichever delivery ({@link
 * BuildStep} or {@link Agent}) runs it. A class that was rewritten already is left alone, so both
 * may run.
 */
public final class TwinTransform {
    static final String TWIN_SUFFIX = "$twin";
    static final String TASK_SUFFIX = "$task";

    private static final String ASYNC = Async.class.descriptorString();
    private static final String FLAG_CHECK = FlagCheck.class.descriptorString();
    private static final String AWAIT = "dev/eager/strategy/bypass/Await";
    private static final ClassDesc CD_COMPLETABLE_FUTURE = ClassDesc.of("java.util.concurrent.CompletableFuture");
    private static final ClassDesc CD_COMPLETION_STAGE = ClassDesc.of("java.util.concurrent.CompletionStage");
    private static final ClassDesc CD_EAGER = ClassDesc.of("dev.eager.core.Eager");
    private static final ClassDesc CD_DIRECT_TWIN = ClassDesc.of(DirectTwin.class.getName());
    private static final ClassDesc CD_BODY = ClassDesc.of("dev.eager.strategy.continuations.Async$Body");
    private static final MethodTypeDesc MTD_COMPLETED = MethodTypeDesc.of(CD_COMPLETABLE_FUTURE, ConstantDescs.CD_Object);
    private static final MethodTypeDesc MTD_AWAIT = MethodTypeDesc.of(ConstantDescs.CD_Object, CD_COMPLETION_STAGE);
    private static final MethodTypeDesc MTD_AWAIT_FLAGGED =
            MethodTypeDesc.of(ConstantDescs.CD_Object, CD_COMPLETION_STAGE, ConstantDescs.CD_boolean);
    private static final MethodTypeDesc MTD_START = MethodTypeDesc.of(CD_COMPLETABLE_FUTURE, CD_BODY);
    private static final DirectMethodHandleDesc LAMBDA_METAFACTORY = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory",
            MethodTypeDesc.of(ConstantDescs.CD_CallSite, ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String,
                    ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodHandle,
                    ConstantDescs.CD_MethodType));
    private static final MethodTypeDesc MTD_BODY_RUN = MethodTypeDesc.of(ConstantDescs.CD_Object);

    /** Finds another class file (a package's {@code package-info}) by internal name; null if there is none. */
    @FunctionalInterface
    public interface ClassFiles {
        byte[] find(String internalName);
    }

    private final ClassFile classFile;
    private final ClassFiles classFiles;

    /**
     * A transform that resolves the class hierarchy (for stack maps) through {@code loader} first,
     * then the JDK's default resolver, and looks up {@code package-info} classes through {@code
     * classFiles}.
     */
    public TwinTransform(ClassLoader loader, ClassFiles classFiles) {
        ClassHierarchyResolver resolver = ClassHierarchyResolver.ofResourceParsing(loader)
                .orElse(ClassHierarchyResolver.defaultResolver());
        this.classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        this.classFiles = classFiles;
    }

    /** Whether {@code bytes} may need the transform: a cheap test before parsing every class a JVM loads. */
    public static boolean mentionsBypass(byte[] bytes) {
        return contains(bytes, "dev/eager/strategy/bypass/");
    }

    /**
     * The rewritten class, or null when it needs no rewriting (no {@code @Async} method, no {@code
     * await}, or rewritten already).
     *
     * @throws TransformException naming the class and method when the class cannot be rewritten
     */
    public byte[] transform(byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        String className = model.thisClass().asInternalName().replace('/', '.');
        Map<String, Twin> twins = new LinkedHashMap<>();
        boolean alreadyRewritten = false;
        for (MethodModel method : model.methods()) {
            if (method.methodName().stringValue().endsWith(TWIN_SUFFIX)) {
                alreadyRewritten = true;
            }
        }
        if (alreadyRewritten) {
            return null;
        }
        for (MethodModel method : model.methods()) {
            String name = method.methodName().stringValue();
            if (hasAnnotation(method, ASYNC)) {
                twins.put(key(name, method.methodType().stringValue()), twinOf(model, className, method));
            } else if (callsAwait(method)) {
                throw new TransformException(className + "." + name + ": " + awaitOutsideAsync(name));
            }
        }
        if (twins.isEmpty()) {
            return null;
        }
        boolean prologue = flagCheck(model) == FlagCheck.Where.PROLOGUE;
        String[] current = {className};
        try {
            return classFile.transformClass(model, new ClassTransform() {
                @Override
                public void accept(java.lang.classfile.ClassBuilder builder, ClassElement element) {
                    if (element instanceof MethodModel method
                            && twins.get(key(method.methodName().stringValue(), method.methodType().stringValue()))
                                    instanceof Twin twin) {
                        current[0] = className + "." + twin.name;
                        builder.withMethod(method.methodName(), method.methodType(), method.flags().flagsMask(),
                                mb -> {
                                    for (MethodElement me : method) {
                                        if (!(me instanceof CodeModel)) {
                                            mb.with(me);
                                        }
                                    }
                                    mb.withCode(cb -> dispatcher(cb, model.thisClass().asSymbol(), twin));
                                });
                    } else {
                        builder.with(element);
                    }
                }

                @Override
                public void atEnd(java.lang.classfile.ClassBuilder builder) {
                    ClassDesc self = model.thisClass().asSymbol();
                    for (Twin twin : twins.values()) {
                        current[0] = className + "." + twin.name;
                        int flags = ClassFile.ACC_PRIVATE | ClassFile.ACC_SYNTHETIC
                                | (twin.isStatic ? ClassFile.ACC_STATIC : 0);
                        builder.withMethodBody(twin.name + TWIN_SUFFIX, twin.twinType(), flags,
                                cb -> twinBody(cb, self, twin, twins, prologue));
                        builder.withMethodBody(twin.name + TASK_SUFFIX, twin.taskType(self),
                                ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                                cb -> taskBody(cb, self, twin));
                    }
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TransformException(current[0] + ": cannot rewrite: " + e.getMessage(), e);
        }
    }

    /** One {@code @Async} method and what its twin looks like. */
    private record Twin(String name, MethodTypeDesc type, boolean isStatic, boolean direct, TypeKind kind,
                        CodeModel code) {
        MethodTypeDesc twinType() {
            return type.changeReturnType(kind == TypeKind.REFERENCE ? ConstantDescs.CD_Object : kind.upperBound());
        }

        /** The static body of the async task: receiver first, then the parameters; returns the value boxed. */
        MethodTypeDesc taskType(ClassDesc self) {
            MethodTypeDesc t = type.changeReturnType(ConstantDescs.CD_Object);
            return isStatic ? t : t.insertParameterTypes(0, self);
        }

        boolean primitive() {
            return kind != TypeKind.REFERENCE;
        }
    }

    private Twin twinOf(ClassModel model, String className, MethodModel method) {
        String name = method.methodName().stringValue();
        String where = className + "." + name;
        if (model.flags().has(AccessFlag.INTERFACE)) {
            throw new TransformException(where + ": @Async methods in interfaces are not supported");
        }
        MethodTypeDesc type = method.methodTypeSymbol();
        ClassDesc returned = type.returnType();
        if (!returned.equals(CD_COMPLETABLE_FUTURE) && !returned.equals(CD_COMPLETION_STAGE)) {
            throw new TransformException(where + ": @Async method must return CompletableFuture or CompletionStage, not "
                    + returned.displayName());
        }
        CodeModel code = method.code().orElseThrow(
                () -> new TransformException(where + ": @Async method has no body to rewrite"));
        if (name.equals("<init>") || name.equals("<clinit>")) {
            throw new TransformException(where + ": @Async on an initializer");
        }
        AccessFlags flags = method.flags();
        boolean isStatic = flags.has(AccessFlag.STATIC);
        boolean direct = isStatic || flags.has(AccessFlag.PRIVATE) || flags.has(AccessFlag.FINAL)
                || model.flags().has(AccessFlag.FINAL);
        return new Twin(name, type, isStatic, direct, valueKind(method), code);
    }

    /** The twin's return kind: the primitive behind {@code CompletableFuture<Integer>} and friends, else a reference. */
    private static TypeKind valueKind(MethodModel method) {
        var signature = method.findAttribute(Attributes.signature());
        if (signature.isEmpty()) {
            return TypeKind.REFERENCE;
        }
        MethodSignature parsed = signature.get().asMethodSignature();
        if (parsed.result() instanceof Signature.ClassTypeSig future && future.typeArgs().size() == 1
                && future.typeArgs().getFirst() instanceof Signature.TypeArg.Bounded bounded
                && bounded.wildcardIndicator() != Signature.TypeArg.Bounded.WildcardIndicator.SUPER
                && bounded.boundType() instanceof Signature.ClassTypeSig value && value.outerType().isEmpty()) {
            return switch (value.className()) {
                case "java/lang/Integer" -> TypeKind.INT;
                case "java/lang/Long" -> TypeKind.LONG;
                case "java/lang/Double" -> TypeKind.DOUBLE;
                case "java/lang/Float" -> TypeKind.FLOAT;
                case "java/lang/Boolean" -> TypeKind.BOOLEAN;
                case "java/lang/Byte" -> TypeKind.BYTE;
                case "java/lang/Short" -> TypeKind.SHORT;
                case "java/lang/Character" -> TypeKind.CHAR;
                default -> TypeKind.REFERENCE;
            };
        }
        return TypeKind.REFERENCE;
    }

    // The dispatcher: the public face of an @Async method.

    private static void dispatcher(CodeBuilder cb, ClassDesc self, Twin twin) {
        Label async = cb.newLabel();
        cb.invokestatic(CD_EAGER, "isEager", MethodTypeDesc.of(ConstantDescs.CD_boolean));
        cb.branch(Opcode.IFEQ, async);
        loadReceiverAndArguments(cb, twin);
        invokeTwin(cb, self, twin);
        if (twin.primitive()) {
            box(cb, twin.kind);
        }
        cb.invokestatic(CD_COMPLETABLE_FUTURE, "completedFuture", MTD_COMPLETED);
        cb.return_(TypeKind.REFERENCE);
        cb.labelBinding(async);
        loadReceiverAndArguments(cb, twin);
        MethodTypeDesc task = twin.taskType(self);
        cb.invokedynamic(DynamicCallSiteDesc.of(LAMBDA_METAFACTORY, "run", task.changeReturnType(CD_BODY),
                MTD_BODY_RUN,
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, self, twin.name + TASK_SUFFIX, task),
                MTD_BODY_RUN));
        cb.invokestatic(CD_DIRECT_TWIN, "start", MTD_START);
        cb.return_(TypeKind.REFERENCE);
    }

    private static void taskBody(CodeBuilder cb, ClassDesc self, Twin twin) {
        loadReceiverAndArguments(cb, twin);
        invokeTwin(cb, self, twin);
        if (twin.primitive()) {
            box(cb, twin.kind);
        }
        cb.return_(TypeKind.REFERENCE);
    }

    private static void loadReceiverAndArguments(CodeBuilder cb, Twin twin) {
        int slot = 0;
        if (!twin.isStatic) {
            cb.aload(0);
            slot = 1;
        }
        for (ClassDesc parameter : twin.type.parameterList()) {
            TypeKind kind = TypeKind.from(parameter);
            cb.loadLocal(kind, slot);
            slot += kind.slotSize();
        }
    }

    private static void invokeTwin(CodeBuilder cb, ClassDesc self, Twin twin) {
        cb.invoke(twin.isStatic ? Opcode.INVOKESTATIC : Opcode.INVOKESPECIAL, self, twin.name + TWIN_SUFFIX,
                twin.twinType(), false);
    }

    // The twin: the original body, with the awaits and returns rewritten.

    private static void twinBody(CodeBuilder cb, ClassDesc self, Twin twin, Map<String, Twin> twins, boolean prologue) {
        List<CodeElement> elements = twin.code.elementList();
        Map<Integer, Consumer<CodeBuilder>> rewrites = new HashMap<>();
        int eagerSlot = twin.code instanceof CodeAttribute attribute ? attribute.maxLocals() : -1;
        if (prologue) {
            if (eagerSlot < 0) {
                throw new IllegalStateException("no local slot for the prologue's flag");
            }
            cb.invokestatic(CD_EAGER, "isEager", MethodTypeDesc.of(ConstantDescs.CD_boolean));
            cb.istore(eagerSlot);
        }
        Consumer<CodeBuilder> waitForStage = prologue
                ? b -> {
                    b.iload(eagerSlot);
                    b.invokestatic(CD_DIRECT_TWIN, "await", MTD_AWAIT_FLAGGED);
                }
                : b -> b.invokestatic(CD_DIRECT_TWIN, "await", MTD_AWAIT);
        Consumer<CodeBuilder> drop = b -> { };
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof InvokeInstruction call) || !isAwait(call) || rewrites.containsKey(i)) {
                continue;
            }
            int before = previousInstruction(elements, i);
            Twin callee = before >= 0 && elements.get(before) instanceof InvokeInstruction inner
                    && !rewrites.containsKey(before) ? directCallee(self, inner, twins) : null;
            if (callee == null) {
                rewrites.put(i, waitForStage);
                continue;
            }
            rewrites.put(before, b -> invokeTwin(b, self, callee));
            if (!callee.primitive()) {
                rewrites.put(i, drop);
                continue;
            }
            // await(n(x)) with a primitive twin: the value is already what the caller unboxes to.
            int next = nextInstruction(elements, i);
            int afterCast = next >= 0 && isCheckcast(elements.get(next), box(callee.kind))
                    ? nextInstruction(elements, next) : next;
            if (afterCast >= 0 && isUnbox(elements.get(afterCast), callee.kind)) {
                rewrites.put(i, drop);
                if (afterCast != next) {
                    rewrites.put(next, drop);
                }
                rewrites.put(afterCast, drop);
            } else if (twin.primitive() && twin.kind == callee.kind && afterCast >= 0
                    && isCompletedFuture(elements.get(afterCast))
                    && isReturn(elements, nextInstruction(elements, afterCast))) {
                // return completedFuture(await(n(x))): pass the primitive straight through.
                rewrites.put(i, drop);
                if (afterCast != next) {
                    rewrites.put(next, drop);
                }
                rewrites.put(afterCast, drop);
                rewrites.put(nextInstruction(elements, afterCast), b -> b.return_(twin.kind));
            } else {
                rewrites.put(i, b -> box(b, callee.kind));
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            if (rewrites.containsKey(i) || !isReturn(elements, i)) {
                continue;
            }
            int before = previousInstruction(elements, i);
            if (before >= 0 && isCompletedFuture(elements.get(before)) && !rewrites.containsKey(before)) {
                rewrites.put(before, drop);
                int boxing = previousInstruction(elements, before);
                if (twin.primitive() && boxing >= 0 && isBox(elements.get(boxing), twin.kind)
                        && !rewrites.containsKey(boxing)) {
                    rewrites.put(boxing, drop);
                    rewrites.put(i, b -> b.return_(twin.kind));
                } else {
                    rewrites.put(i, b -> returnValue(b, twin));
                }
            } else {
                rewrites.put(i, b -> {
                    waitForStage.accept(b);
                    returnValue(b, twin);
                });
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            Consumer<CodeBuilder> rewrite = rewrites.get(i);
            if (rewrite != null) {
                rewrite.accept(cb);
            } else if (!(elements.get(i) instanceof java.lang.classfile.attribute.StackMapTableAttribute)) {
                cb.with(elements.get(i));
            }
        }
    }

    /** Returns the (boxed) value on the stack as the twin's type. */
    private static void returnValue(CodeBuilder cb, Twin twin) {
        if (twin.primitive()) {
            unbox(cb, twin.kind);
        }
        cb.return_(twin.kind);
    }

    private static Twin directCallee(ClassDesc self, InvokeInstruction call, Map<String, Twin> twins) {
        if (!call.owner().asSymbol().equals(self) || call.opcode() == Opcode.INVOKEINTERFACE) {
            return null;
        }
        Twin callee = twins.get(key(call.name().stringValue(), call.type().stringValue()));
        return callee != null && callee.direct && callee.isStatic == (call.opcode() == Opcode.INVOKESTATIC)
                ? callee : null;
    }

    private static boolean isAwait(InvokeInstruction call) {
        return call.opcode() == Opcode.INVOKESTATIC && call.owner().asInternalName().equals(AWAIT)
                && call.name().equalsString("await");
    }

    private static boolean isCompletedFuture(CodeElement element) {
        return element instanceof InvokeInstruction call && call.opcode() == Opcode.INVOKESTATIC
                && call.owner().asSymbol().equals(CD_COMPLETABLE_FUTURE) && call.name().equalsString("completedFuture");
    }

    private static boolean isReturn(List<CodeElement> elements, int i) {
        return i >= 0 && elements.get(i) instanceof ReturnInstruction r && r.typeKind() == TypeKind.REFERENCE;
    }

    private static boolean isCheckcast(CodeElement element, ClassDesc type) {
        return element instanceof TypeCheckInstruction check && check.opcode() == Opcode.CHECKCAST
                && check.type().asSymbol().equals(type);
    }

    private static boolean isUnbox(CodeElement element, TypeKind kind) {
        return element instanceof InvokeInstruction call && call.opcode() == Opcode.INVOKEVIRTUAL
                && call.owner().asSymbol().equals(box(kind)) && call.name().equalsString(unboxName(kind))
                && call.typeSymbol().equals(MethodTypeDesc.of(kind.upperBound()));
    }

    private static boolean isBox(CodeElement element, TypeKind kind) {
        return element instanceof InvokeInstruction call && call.opcode() == Opcode.INVOKESTATIC
                && call.owner().asSymbol().equals(box(kind)) && call.name().equalsString("valueOf")
                && call.typeSymbol().equals(MethodTypeDesc.of(box(kind), kind.upperBound()));
    }

    /** The instruction before {@code i} when nothing but line numbers and debug entries lie between; else -1. */
    private static int previousInstruction(List<CodeElement> elements, int i) {
        for (int j = i - 1; j >= 0; j--) {
            CodeElement e = elements.get(j);
            if (e instanceof Instruction) {
                return j;
            }
            if (e instanceof LabelTarget) {
                return -1;
            }
        }
        return -1;
    }

    /** The instruction after {@code i} when nothing but line numbers and debug entries lie between; else -1. */
    private static int nextInstruction(List<CodeElement> elements, int i) {
        if (i < 0) {
            return -1;
        }
        for (int j = i + 1; j < elements.size(); j++) {
            CodeElement e = elements.get(j);
            if (e instanceof Instruction) {
                return j;
            }
            if (e instanceof LabelTarget) {
                return -1;
            }
        }
        return -1;
    }

    private static ClassDesc box(TypeKind kind) {
        return switch (kind) {
            case INT -> ConstantDescs.CD_Integer;
            case LONG -> ConstantDescs.CD_Long;
            case DOUBLE -> ConstantDescs.CD_Double;
            case FLOAT -> ConstantDescs.CD_Float;
            case BOOLEAN -> ConstantDescs.CD_Boolean;
            case BYTE -> ConstantDescs.CD_Byte;
            case SHORT -> ConstantDescs.CD_Short;
            case CHAR -> ConstantDescs.CD_Character;
            default -> throw new IllegalArgumentException("no box for " + kind);
        };
    }

    private static String unboxName(TypeKind kind) {
        return kind.upperBound().displayName() + "Value";
    }

    private static void box(CodeBuilder cb, TypeKind kind) {
        cb.invokestatic(box(kind), "valueOf", MethodTypeDesc.of(box(kind), kind.upperBound()));
    }

    private static void unbox(CodeBuilder cb, TypeKind kind) {
        cb.checkcast(box(kind));
        cb.invokevirtual(box(kind), unboxName(kind), MethodTypeDesc.of(kind.upperBound()));
    }

    // Reading the class.

    private FlagCheck.Where flagCheck(ClassModel model) {
        FlagCheck.Where own = flagCheck(annotations(model));
        if (own != null) {
            return own;
        }
        String name = model.thisClass().asInternalName();
        int slash = name.lastIndexOf('/');
        byte[] packageInfo = classFiles.find((slash < 0 ? "" : name.substring(0, slash + 1)) + "package-info");
        if (packageInfo != null) {
            FlagCheck.Where inherited = flagCheck(annotations(classFile.parse(packageInfo)));
            if (inherited != null) {
                return inherited;
            }
        }
        return FlagCheck.Where.ONCE;
    }

    private static FlagCheck.Where flagCheck(List<Annotation> annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.className().equalsString(FLAG_CHECK)) {
                for (AnnotationElement element : annotation.elements()) {
                    if (element.name().equalsString("value") && element.value() instanceof AnnotationValue.OfEnum e) {
                        return FlagCheck.Where.valueOf(e.constantName().stringValue());
                    }
                }
            }
        }
        return null;
    }

    private static List<Annotation> annotations(ClassModel model) {
        return model.findAttribute(Attributes.runtimeInvisibleAnnotations())
                .map(RuntimeInvisibleAnnotationsAttribute::annotations).orElse(List.of());
    }

    private static boolean hasAnnotation(MethodModel method, String descriptor) {
        return method.findAttribute(Attributes.runtimeInvisibleAnnotations())
                .map(a -> a.annotations().stream().anyMatch(x -> x.className().equalsString(descriptor)))
                .orElse(false);
    }

    private static boolean callsAwait(MethodModel method) {
        return method.code().map(code -> {
            for (CodeElement element : code) {
                if (element instanceof InvokeInstruction call && isAwait(call)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    private static String awaitOutsideAsync(String method) {
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            String enclosing = parts.length > 1 ? parts[1] : method;
            return "await inside a lambda (in " + enclosing + "): only the @Async method's own body may await";
        }
        return "await outside an @Async method: mark the method @Async or wait another way";
    }

    private static String key(String name, String descriptor) {
        return name + descriptor;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
