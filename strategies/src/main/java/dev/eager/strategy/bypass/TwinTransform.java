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
import java.lang.classfile.MethodTransform;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.StackInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AccessFlag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bypass transform, on the JDK's Class-File API: gives every {@link Async} method of a class
 * a direct twin and turns the method itself into a dispatcher.
 *
 * <p>For {@code @Async CompletableFuture<Integer> m(int x)} it adds {@code int m$twin(int x)}: the
 * original body where {@code await(n(args))} and {@code return n(args)} on an {@code @Async} method
 * {@code n} call {@code n}'s twin and drop the caller's unboxing; {@code await(stage)} on anything
 * else waits through {@link DirectTwin#await}; {@code return completedFuture(v)} returns {@code v}
 * (without boxing it first); any other returned future is waited for. The twin's type comes from
 * the {@code Signature} attribute: a primitive for {@code Integer}, {@code Long}, ... so a chain of
 * twins allocates nothing per layer. {@code m} then reads {@link dev.eager.core.Eager#isEager()}:
 * when on, it runs the twin and returns one completed future; when off, it hands the twin to
 * {@link DirectTwin#start}, which runs it in a continuation that suspends only at a leaf whose
 * stage is not complete. The whole twin chain below runs in that one continuation.
 *
 * <p>How a twin reaches {@code n}'s twin: a call of a method of the same class that cannot be
 * overridden is a direct call. Every other one (another class, an overridable method, an interface
 * method) is decided when it first runs, by the class files loaded then: where the transform can
 * read {@code n}'s class file (the same folder, the class path, the agent's loader), a direct call
 * of the twin, dispatched as the call is, behind a constant that {@link TwinLinker#twinLinked}
 * resolves once (1 when the twin is there; else the branch that calls {@code n} and waits for its
 * future); where it cannot, an {@code invokedynamic} that {@link TwinLinker#linkCall} links to the
 * twin or, if there is none, to {@code n} and a wait. So classes transformed separately, in any
 * order, link twin to twin, and a class without twins still answers right. (The direct call keeps
 * a deep chain's frames as small as plain calls' when interpreted: an async task yields its whole
 * stack at once, and the JVM refuses a stack chunk past the heap's humongous threshold.) The forms
 * of twin:
 * <ul>
 *   <li>static, private, final, or in a final class: {@code m$twin} is the body;
 *   <li>overridable: {@code m$twin} has the method's access and is overridden by a subclass's twin;
 *       it first checks that the receiver's class does not override {@code m} without a twin (a
 *       subclass never transformed), else it calls {@code m} and waits; the body is {@code m$body};
 *   <li>abstract (an interface method, an abstract class's): {@code m$twin} calls {@code m} and
 *       waits, so an implementation never transformed still answers right, paying a future;
 *       transformed implementations override it with their own twin;
 *   <li>a lambda implementing an {@code @Async} functional interface: its body method is treated as
 *       a private {@code @Async} method, and the lambda is made by {@link TwinLinker#linkLambda}, whose
 *       instances implement the interface's twin with the body's twin (a method reference: with the
 *       referenced method's twin).
 * </ul>
 *
 * <p>Deterministic: the same input bytes give the same output bytes, whichever delivery ({@link
 * BuildStep} or {@link Agent}) runs it. A class that was rewritten already is left alone, so both
 * may run.
 */
public final class TwinTransform {
    static final String TWIN_SUFFIX = "$twin";
    static final String BODY_SUFFIX = "$body";
    static final String TASK_SUFFIX = "$task";

    private static final String ASYNC = Async.class.descriptorString();
    private static final String FLAG_CHECK = FlagCheck.class.descriptorString();
    private static final String AWAIT = "dev/eager/strategy/bypass/Await";
    private static final ClassDesc CD_COMPLETABLE_FUTURE = ClassDesc.of("java.util.concurrent.CompletableFuture");
    private static final ClassDesc CD_COMPLETION_STAGE = ClassDesc.of("java.util.concurrent.CompletionStage");
    private static final ClassDesc CD_EAGER = ClassDesc.of("dev.eager.core.Eager");
    private static final ClassDesc CD_DIRECT_TWIN = ClassDesc.of(DirectTwin.class.getName());
    private static final ClassDesc CD_LINKER = ClassDesc.of(TwinLinker.class.getName());
    private static final ClassDesc CD_BODY = ClassDesc.of("dev.eager.strategy.continuations.Async$Body");
    private static final ClassDesc CD_LAMBDA_METAFACTORY = ClassDesc.of("java.lang.invoke.LambdaMetafactory");
    private static final MethodTypeDesc MTD_COMPLETED = MethodTypeDesc.of(CD_COMPLETABLE_FUTURE, ConstantDescs.CD_Object);
    private static final MethodTypeDesc MTD_AWAIT = MethodTypeDesc.of(ConstantDescs.CD_Object, CD_COMPLETION_STAGE);
    private static final MethodTypeDesc MTD_AWAIT_FLAGGED =
            MethodTypeDesc.of(ConstantDescs.CD_Object, CD_COMPLETION_STAGE, ConstantDescs.CD_boolean);
    private static final MethodTypeDesc MTD_START = MethodTypeDesc.of(CD_COMPLETABLE_FUTURE, CD_BODY);
    private static final ClassDesc CD_CLASS_VALUE = ClassDesc.of("java.lang.ClassValue");
    private static final MethodTypeDesc MTD_OVERRIDDEN = MethodTypeDesc.of(ConstantDescs.CD_boolean,
            ConstantDescs.CD_Object, CD_CLASS_VALUE);
    private static final DirectMethodHandleDesc OVERRIDES = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_LINKER, "overrides", MethodTypeDesc.of(CD_CLASS_VALUE,
                    ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_Class,
                    ConstantDescs.CD_MethodType));
    private static final MethodTypeDesc MTD_METAFACTORY = MethodTypeDesc.of(ConstantDescs.CD_CallSite,
            ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_MethodType,
            ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodHandle, ConstantDescs.CD_MethodType);
    private static final DirectMethodHandleDesc LAMBDA_METAFACTORY = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_LAMBDA_METAFACTORY, "metafactory", MTD_METAFACTORY);
    private static final DirectMethodHandleDesc LINK_LAMBDA = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_LINKER, "linkLambda", MTD_METAFACTORY);
    private static final DirectMethodHandleDesc LINK_CALL = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_LINKER, "linkCall", MethodTypeDesc.of(ConstantDescs.CD_CallSite,
                    ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_MethodType,
                    ConstantDescs.CD_Class, ConstantDescs.CD_String, ConstantDescs.CD_MethodType, ConstantDescs.CD_int));
    private static final DirectMethodHandleDesc TWIN_LINKED = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_LINKER, "twinLinked", MethodTypeDesc.of(ConstantDescs.CD_int,
                    ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_Class,
                    ConstantDescs.CD_Class, ConstantDescs.CD_String, ConstantDescs.CD_MethodType, ConstantDescs.CD_int));
    private static final MethodTypeDesc MTD_BODY_RUN = MethodTypeDesc.of(ConstantDescs.CD_Object);
    private static final int VISIBILITY = ClassFile.ACC_PUBLIC | ClassFile.ACC_PROTECTED | ClassFile.ACC_PRIVATE;

    /** Finds another class file (a package's {@code package-info}, a callee's class) by internal name; null if there is none. */
    @FunctionalInterface
    public interface ClassFiles {
        byte[] find(String internalName);
    }

    private final ClassFile classFile;
    private final ClassFiles classFiles;
    private final ClassLoader loader;
    private final Map<String, Optional<ClassModel>> models = new HashMap<>();

    /**
     * A transform that resolves the class hierarchy (for stack maps) through {@code loader} first,
     * then the JDK's default resolver, and looks up other class files ({@code package-info}, the
     * classes of callees) through {@code classFiles}, then {@code loader}'s resources.
     */
    public TwinTransform(ClassLoader loader, ClassFiles classFiles) {
        ClassHierarchyResolver resolver = ClassHierarchyResolver.ofResourceParsing(loader)
                .orElse(ClassHierarchyResolver.defaultResolver());
        this.classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        this.classFiles = classFiles;
        this.loader = loader;
    }

    /** Whether {@code bytes} may need the transform: a cheap test before parsing every class a JVM loads. */
    public static boolean mentionsBypass(byte[] bytes) {
        return contains(bytes, "dev/eager/strategy/bypass/");
    }

    /**
     * The rewritten class, or null when it needs no rewriting (no {@code @Async} method, no {@code
     * await}, no lambda of an {@code @Async} interface, or rewritten already).
     *
     * @throws TransformException naming the class and method when the class cannot be rewritten
     */
    public byte[] transform(byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        String className = model.thisClass().asInternalName().replace('/', '.');
        for (MethodModel method : model.methods()) {
            if (method.methodName().stringValue().endsWith(TWIN_SUFFIX)) {
                return null;
            }
        }
        ClassDesc self = model.thisClass().asSymbol();
        boolean isInterface = model.flags().has(AccessFlag.INTERFACE);
        Map<String, TypeKind> lambdaBodies = new HashMap<>();
        boolean lambdaSites = false;
        for (MethodModel method : model.methods()) {
            for (CodeElement element : method.code().map(CodeModel::elementList).orElse(List.of())) {
                if (element instanceof InvokeDynamicInstruction indy && asyncLambda(indy) instanceof MethodModel sam) {
                    lambdaSites = true;
                    if (indy.bootstrapArgs().get(1) instanceof DirectMethodHandleDesc body && body.owner().equals(self)
                            && body.methodName().startsWith("lambda$")) {
                        lambdaBodies.put(key(body.methodName(), body.lookupDescriptor()), valueKind(sam));
                    }
                }
            }
        }
        Map<String, Twin> twins = new LinkedHashMap<>();
        for (MethodModel method : model.methods()) {
            String name = method.methodName().stringValue();
            String key = key(name, method.methodType().stringValue());
            if (hasAnnotation(method, ASYNC)) {
                twins.put(key, twinOf(model, className, method, valueKind(method)));
            } else if (lambdaBodies.containsKey(key) && returnsFuture(method.methodTypeSymbol())) {
                twins.put(key, twinOf(model, className, method, lambdaBodies.get(key)));
            } else if (callsAwait(method)) {
                throw new TransformException(className + "." + name + ": " + awaitOutsideAsync(name));
            }
        }
        if (twins.isEmpty() && !lambdaSites) {
            return null;
        }
        Rewriter rewriter = new Rewriter(self, isInterface, twins, flagCheck(model) == FlagCheck.Where.PROLOGUE);
        String[] current = {className};
        try {
            return classFile.transformClass(model, new ClassTransform() {
                @Override
                public void accept(java.lang.classfile.ClassBuilder builder, ClassElement element) {
                    if (!(element instanceof MethodModel method)) {
                        builder.with(element);
                        return;
                    }
                    current[0] = className + "." + method.methodName().stringValue();
                    Twin twin = twins.get(key(method.methodName().stringValue(), method.methodType().stringValue()));
                    if (twin != null && twin.form != Form.ABSTRACT) {
                        builder.withMethod(method.methodName(), method.methodType(), method.flags().flagsMask(),
                                mb -> {
                                    for (MethodElement me : method) {
                                        if (!(me instanceof CodeModel)) {
                                            mb.with(me);
                                        }
                                    }
                                    mb.withCode(cb -> rewriter.dispatcher(cb, twin));
                                });
                    } else if (method.code().isPresent()) {
                        builder.transformMethod(method, MethodTransform.transformingCode((cb, e) -> {
                            if (!(e instanceof InvokeDynamicInstruction indy && rewriter.lambdaSite(cb, indy))) {
                                cb.with(e);
                            }
                        }));
                    } else {
                        builder.with(method);
                    }
                }

                @Override
                public void atEnd(java.lang.classfile.ClassBuilder builder) {
                    for (Twin twin : twins.values()) {
                        current[0] = className + "." + twin.name;
                        int own = twin.flags & VISIBILITY | ClassFile.ACC_SYNTHETIC
                                | (twin.isStatic() ? ClassFile.ACC_STATIC : 0);
                        int hidden = ClassFile.ACC_PRIVATE | ClassFile.ACC_SYNTHETIC
                                | (twin.isStatic() ? ClassFile.ACC_STATIC : 0);
                        switch (twin.form) {
                            case DIRECT -> builder.withMethodBody(twin.name + TWIN_SUFFIX, twin.twinType(),
                                    own | (twin.flags & ClassFile.ACC_FINAL), cb -> rewriter.twinBody(cb, twin));
                            case OVERRIDABLE -> {
                                builder.withMethodBody(twin.name + TWIN_SUFFIX, twin.twinType(), own,
                                        cb -> rewriter.checkedTwin(cb, twin));
                                builder.withMethodBody(twin.name + BODY_SUFFIX, twin.twinType(), hidden,
                                        cb -> rewriter.twinBody(cb, twin));
                            }
                            case ABSTRACT -> builder.withMethodBody(twin.name + TWIN_SUFFIX, twin.twinType(), own,
                                    cb -> rewriter.awaitingTwin(cb, twin));
                        }
                        if (twin.form != Form.ABSTRACT) {
                            builder.withMethodBody(twin.name + TASK_SUFFIX, twin.taskType(self),
                                    ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                                    cb -> rewriter.taskBody(cb, twin));
                        }
                    }
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TransformException(current[0] + ": cannot rewrite: " + e.getMessage(), e);
        }
    }

    /** How a method's twin is reached and what its body is. */
    private enum Form {
        /** Cannot be overridden (static, private, final, final class): the twin is the body. */
        DIRECT,
        /** Overridable: the twin checks the receiver's class, then calls the private body. */
        OVERRIDABLE,
        /** Abstract: the twin calls the method and waits for its future. */
        ABSTRACT
    }

    /** One {@code @Async} method (or lambda body) and what its twin looks like. */
    private record Twin(String name, MethodTypeDesc type, int flags, Form form, TypeKind kind, CodeModel code) {
        boolean isStatic() {
            return (flags & ClassFile.ACC_STATIC) != 0;
        }

        boolean isPrivate() {
            return (flags & ClassFile.ACC_PRIVATE) != 0;
        }

        /** The method holding the rewritten body. */
        String bodyName() {
            return name + (form == Form.OVERRIDABLE ? BODY_SUFFIX : TWIN_SUFFIX);
        }

        MethodTypeDesc twinType() {
            return type.changeReturnType(valueType(kind));
        }

        /** The static body of the async task: receiver first, then the parameters; returns the value boxed. */
        MethodTypeDesc taskType(ClassDesc self) {
            MethodTypeDesc t = type.changeReturnType(ConstantDescs.CD_Object);
            return isStatic() ? t : t.insertParameterTypes(0, self);
        }

        boolean primitive() {
            return kind != TypeKind.REFERENCE;
        }
    }

    private Twin twinOf(ClassModel model, String className, MethodModel method, TypeKind kind) {
        String name = method.methodName().stringValue();
        String where = className + "." + name;
        MethodTypeDesc type = method.methodTypeSymbol();
        if (!returnsFuture(type)) {
            throw new TransformException(where + ": @Async method must return CompletableFuture or CompletionStage, not "
                    + type.returnType().displayName());
        }
        if (name.equals("<init>") || name.equals("<clinit>")) {
            throw new TransformException(where + ": @Async on an initializer");
        }
        AccessFlags flags = method.flags();
        if (flags.has(AccessFlag.ABSTRACT)) {
            return new Twin(name, type, flags.flagsMask(), Form.ABSTRACT, kind, null);
        }
        CodeModel code = method.code().orElseThrow(
                () -> new TransformException(where + ": @Async method has no body to rewrite"));
        boolean direct = flags.has(AccessFlag.STATIC) || flags.has(AccessFlag.PRIVATE) || flags.has(AccessFlag.FINAL)
                || model.flags().has(AccessFlag.FINAL);
        return new Twin(name, type, flags.flagsMask(), direct ? Form.DIRECT : Form.OVERRIDABLE, kind, code);
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

    /**
     * The {@code @Async} interface method a {@link java.lang.invoke.LambdaMetafactory#metafactory}
     * site implements, or null when it makes any other lambda (or the interface's class file is not
     * there to say).
     */
    private MethodModel asyncLambda(InvokeDynamicInstruction indy) {
        if (!indy.bootstrapMethod().equals(LAMBDA_METAFACTORY) || indy.bootstrapArgs().size() != 3
                || !(indy.bootstrapArgs().getFirst() instanceof MethodTypeDesc erased) || !returnsFuture(erased)) {
            return null;
        }
        ClassModel functional = model(indy.typeSymbol().returnType());
        if (functional == null) {
            return null;
        }
        MethodModel sam = declared(functional, indy.name().stringValue(), erased.descriptorString());
        return sam != null && hasAnnotation(sam, ASYNC) ? sam : null;
    }

    /** Rewrites the code of one class: dispatchers, twins, tasks, and the call sites inside them. */
    private final class Rewriter {
        private final ClassDesc self;
        private final boolean isInterface;
        private final Map<String, Twin> twins;
        private final boolean prologue;

        Rewriter(ClassDesc self, boolean isInterface, Map<String, Twin> twins, boolean prologue) {
            this.self = self;
            this.isInterface = isInterface;
            this.twins = twins;
            this.prologue = prologue;
        }

        /** The public face of an {@code @Async} method: the twin under the flag, an async task otherwise. */
        void dispatcher(CodeBuilder cb, Twin twin) {
            Label async = cb.newLabel();
            cb.invokestatic(CD_EAGER, "isEager", MethodTypeDesc.of(ConstantDescs.CD_boolean));
            cb.branch(Opcode.IFEQ, async);
            loadReceiverAndArguments(cb, twin);
            invokeBody(cb, twin);
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
                    MethodHandleDesc.ofMethod(isInterface ? DirectMethodHandleDesc.Kind.INTERFACE_STATIC
                            : DirectMethodHandleDesc.Kind.STATIC, self, twin.name + TASK_SUFFIX, task),
                    MTD_BODY_RUN));
            cb.invokestatic(CD_DIRECT_TWIN, "start", MTD_START);
            cb.return_(TypeKind.REFERENCE);
        }

        void taskBody(CodeBuilder cb, Twin twin) {
            loadReceiverAndArguments(cb, twin);
            invokeBody(cb, twin);
            if (twin.primitive()) {
                box(cb, twin.kind);
            }
            cb.return_(TypeKind.REFERENCE);
        }

        /**
         * The twin of an overridable method: its own body unless the receiver's class overrides the
         * method without a twin of its own (a subclass never transformed), whose method it then
         * calls and waits for.
         */
        void checkedTwin(CodeBuilder cb, Twin twin) {
            Label body = cb.newLabel();
            if (!isInterface) {
                cb.aload(0);
                cb.invokevirtual(ConstantDescs.CD_Object, "getClass", MethodTypeDesc.of(ConstantDescs.CD_Class));
                cb.ldc(self);
                cb.if_acmpeq(body);
            }
            cb.aload(0);
            cb.ldc(DynamicConstantDesc.ofNamed(OVERRIDES, twin.name, CD_CLASS_VALUE, twin.type));
            cb.invokestatic(CD_LINKER, "overriddenWithoutTwin", MTD_OVERRIDDEN);
            cb.ifeq(body);
            awaitingTwin(cb, twin);
            cb.labelBinding(body);
            loadReceiverAndArguments(cb, twin);
            invokeBody(cb, twin);
            cb.return_(twin.kind);
        }

        /** The twin of an abstract method: calls it and waits for its future. */
        void awaitingTwin(CodeBuilder cb, Twin twin) {
            loadReceiverAndArguments(cb, twin);
            cb.invoke(isInterface ? Opcode.INVOKEINTERFACE : Opcode.INVOKEVIRTUAL, self, twin.name, twin.type,
                    isInterface);
            cb.invokestatic(CD_DIRECT_TWIN, "await", MTD_AWAIT);
            returnValue(cb, twin);
        }

        private void invokeBody(CodeBuilder cb, Twin twin) {
            invokeTwin(cb, twin, twin.bodyName());
        }

        private void invokeTwin(CodeBuilder cb, Twin twin, String name) {
            Opcode opcode = twin.isStatic() ? Opcode.INVOKESTATIC
                    : twin.isPrivate() || twin.form == Form.OVERRIDABLE ? Opcode.INVOKESPECIAL : Opcode.INVOKEVIRTUAL;
            cb.invoke(opcode, self, name, twin.twinType(), isInterface);
        }

        /** Writes the {@code @Async}-lambda site {@code indy} as a {@link TwinLinker#linkLambda} one; false if it is not one. */
        boolean lambdaSite(CodeBuilder cb, InvokeDynamicInstruction indy) {
            if (asyncLambda(indy) == null) {
                return false;
            }
            cb.invokedynamic(DynamicCallSiteDesc.of(LINK_LAMBDA, indy.name().stringValue(), indy.typeSymbol(),
                    indy.bootstrapArgs().toArray(ConstantDesc[]::new)));
            return true;
        }

        /** The twin: the original body, with the awaits and returns rewritten. */
        void twinBody(CodeBuilder cb, Twin twin) {
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
                InvokeInstruction inner = before >= 0 && elements.get(before) instanceof InvokeInstruction c
                        && !rewrites.containsKey(before) && returnsFuture(c.typeSymbol()) ? c : null;
                Twin direct = inner == null ? null : directCallee(inner);
                if (inner == null || direct == null && !linkable(inner)) {
                    rewrites.put(i, waitForStage);
                    continue;
                }
                int next = nextInstruction(elements, i);
                if (next >= 0 && elements.get(next) instanceof StackInstruction pop && pop.opcode() == Opcode.POP) {
                    // await(n(x)); for its effect: no value, so no box of a primitive one.
                    if (direct != null) {
                        rewrites.put(before, b -> invokeTwin(b, direct, direct.bodyName()));
                        rewrites.put(i, drop);
                        rewrites.put(next, direct.kind.slotSize() == 2 ? b -> b.pop2() : b -> b.pop());
                    } else {
                        rewrites.put(before, b -> linkedCall(b, inner, TypeKind.VOID));
                        rewrites.put(i, drop);
                        rewrites.put(next, drop);
                    }
                    continue;
                }
                boolean cast = next >= 0 && elements.get(next) instanceof TypeCheckInstruction t
                        && t.opcode() == Opcode.CHECKCAST;
                int afterCast = cast ? nextInstruction(elements, next) : next;
                TypeKind unboxed = afterCast >= 0 ? unboxKind(elements.get(afterCast)) : null;
                if (unboxed != null && cast && !isCheckcast(elements.get(next), box(unboxed))) {
                    unboxed = null;
                }
                int returned = afterCast >= 0 && isCompletedFuture(elements.get(afterCast))
                        && isReturn(elements, nextInstruction(elements, afterCast))
                        ? nextInstruction(elements, afterCast) : -1;
                TypeKind site;
                if (direct != null) {
                    rewrites.put(before, b -> invokeTwin(b, direct, direct.bodyName()));
                    site = direct.kind;
                    if (!(direct.primitive() && unboxed == direct.kind) && !(returned >= 0 && twin.kind == direct.kind)) {
                        rewrites.put(i, direct.primitive() ? b -> box(b, direct.kind) : drop);
                        continue;
                    }
                } else {
                    site = unboxed != null ? unboxed : returned >= 0 ? twin.kind : TypeKind.REFERENCE;
                    TypeKind kind = site;
                    rewrites.put(before, b -> linkedCall(b, inner, kind));
                }
                rewrites.put(i, drop);
                if (site == unboxed && site != TypeKind.REFERENCE) {
                    // await(n(x)) with a primitive twin: the value is already what the caller unboxes to.
                    if (cast) {
                        rewrites.put(next, drop);
                    }
                    rewrites.put(afterCast, drop);
                } else if (returned >= 0) {
                    // return completedFuture(await(n(x))): pass the value straight through.
                    if (cast) {
                        rewrites.put(next, drop);
                    }
                    rewrites.put(afterCast, drop);
                    TypeKind kind = site;
                    rewrites.put(returned, b -> b.return_(kind));
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
                } else if (before >= 0 && elements.get(before) instanceof InvokeInstruction inner
                        && !rewrites.containsKey(before) && returnsFuture(inner.typeSymbol())
                        && (directCallee(inner) != null || linkable(inner))) {
                    // return n(x): the twin of n gives the value itself.
                    Twin direct = directCallee(inner);
                    if (direct == null) {
                        rewrites.put(before, b -> linkedCall(b, inner, twin.kind));
                        rewrites.put(i, b -> b.return_(twin.kind));
                    } else {
                        rewrites.put(before, b -> invokeTwin(b, direct, direct.bodyName()));
                        rewrites.put(i, direct.kind == twin.kind ? b -> b.return_(twin.kind) : b -> {
                            if (direct.primitive()) {
                                box(b, direct.kind);
                            }
                            returnValue(b, twin);
                        });
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
                CodeElement element = elements.get(i);
                if (rewrite != null) {
                    rewrite.accept(cb);
                } else if (element instanceof InvokeDynamicInstruction indy && lambdaSite(cb, indy)) {
                    continue;
                } else if (!(element instanceof java.lang.classfile.attribute.StackMapTableAttribute)) {
                    cb.with(element);
                }
            }
        }

        /**
         * A call of another {@code @Async} method's twin, as {@code kind} (the caller's use of the
         * value). When the callee's class file says what its twin returns, a direct call of the
         * twin behind a link-time test ({@link TwinLinker#twinLinked}, a constant once resolved, so
         * the JIT keeps only the taken branch) and, if the twin is not there, the method and a wait;
         * otherwise an {@code invokedynamic} that {@link TwinLinker#linkCall} links.
         */
        private void linkedCall(CodeBuilder cb, InvokeInstruction call, TypeKind kind) {
            TypeKind known = knownTwinKind(call);
            if (known == null || kind.upperBound().isPrimitive() && kind != TypeKind.VOID && known != kind
                    && known != TypeKind.REFERENCE) {
                dynamicCall(cb, call, kind);
                return;
            }
            MethodTypeDesc callee = call.typeSymbol();
            MethodTypeDesc twin = callee.changeReturnType(valueType(known));
            Label fallback = cb.newLabel();
            Label join = cb.newLabel();
            cb.ldc(DynamicConstantDesc.ofNamed(TWIN_LINKED, call.name().stringValue(), ConstantDescs.CD_int,
                    call.owner().asSymbol(), call.name().stringValue() + TWIN_SUFFIX, twin, call.opcode().bytecode()));
            cb.ifeq(fallback);
            cb.invoke(call.opcode(), call.owner().asSymbol(), call.name().stringValue() + TWIN_SUFFIX, twin,
                    call.isInterface());
            convert(cb, known, kind);
            cb.goto_(join);
            cb.labelBinding(fallback);
            cb.invoke(call.opcode(), call.owner().asSymbol(), call.name().stringValue(), callee, call.isInterface());
            cb.invokestatic(CD_DIRECT_TWIN, "await", MTD_AWAIT);
            convert(cb, TypeKind.REFERENCE, kind);
            cb.labelBinding(join);
        }

        /** Turns a value of kind {@code from} on the stack into what the caller uses, {@code to}. */
        private static void convert(CodeBuilder cb, TypeKind from, TypeKind to) {
            if (to == TypeKind.VOID) {
                if (from.slotSize() == 2) {
                    cb.pop2();
                } else if (from != TypeKind.VOID) {
                    cb.pop();
                }
            } else if (from != to) {
                if (from != TypeKind.REFERENCE) {
                    box(cb, from);
                }
                if (to != TypeKind.REFERENCE) {
                    unbox(cb, to);
                }
            }
        }

        /** The call as an {@code invokedynamic} of {@link TwinLinker#linkCall}: for callees this transform cannot see. */
        private void dynamicCall(CodeBuilder cb, InvokeInstruction call, TypeKind kind) {
            MethodTypeDesc callee = call.typeSymbol();
            ClassDesc owner = call.owner().asSymbol();
            MethodTypeDesc site = (call.opcode() == Opcode.INVOKESTATIC ? callee : callee.insertParameterTypes(0, owner))
                    .changeReturnType(valueType(kind));
            cb.invokedynamic(DynamicCallSiteDesc.of(LINK_CALL, call.name().stringValue(), site, owner,
                    call.name().stringValue(), callee, call.opcode().bytecode()));
        }

        /** What the twin of the callee returns, as its class file (this class, or one the transform can read) declares it; else null. */
        private TypeKind knownTwinKind(InvokeInstruction call) {
            if (call.owner().asSymbol().equals(self)) {
                Twin own = twins.get(key(call.name().stringValue(), call.type().stringValue()));
                return own == null ? null : own.kind;
            }
            ClassModel callee = model(call.owner().asSymbol());
            MethodModel method = callee == null ? null
                    : declared(callee, call.name().stringValue(), call.type().stringValue());
            return method != null && hasAnnotation(method, ASYNC) ? valueKind(method) : null;
        }

        /** The twin a call of this class's own method can call directly: one that cannot be overridden; else null. */
        private Twin directCallee(InvokeInstruction call) {
            if (!call.owner().asSymbol().equals(self)) {
                return null;
            }
            Twin callee = twins.get(key(call.name().stringValue(), call.type().stringValue()));
            return callee != null && callee.form == Form.DIRECT && callee.isStatic() == (call.opcode() == Opcode.INVOKESTATIC)
                    ? callee : null;
        }

        /**
         * Whether a call is worth linking at run time: it may reach an {@code @Async} method. Not when
         * it calls the JDK, nor when the class file the transform sees declares it without {@code @Async}.
         */
        private boolean linkable(InvokeInstruction call) {
            String owner = call.owner().asInternalName();
            if (owner.startsWith("[") || owner.startsWith("java/") || owner.startsWith("javax/")
                    || owner.startsWith("jdk/") || owner.startsWith("sun/")) {
                return false;
            }
            if (call.owner().asSymbol().equals(self)) {
                return twins.containsKey(key(call.name().stringValue(), call.type().stringValue()));
            }
            ClassModel callee = model(call.owner().asSymbol());
            if (callee == null) {
                return true;
            }
            MethodModel method = declared(callee, call.name().stringValue(), call.type().stringValue());
            return method == null || hasAnnotation(method, ASYNC);
        }
    }

    private static void loadReceiverAndArguments(CodeBuilder cb, Twin twin) {
        int slot = 0;
        if (!twin.isStatic()) {
            cb.aload(0);
            slot = 1;
        }
        for (ClassDesc parameter : twin.type.parameterList()) {
            TypeKind kind = TypeKind.from(parameter);
            cb.loadLocal(kind, slot);
            slot += kind.slotSize();
        }
    }

    /** Returns the (boxed) value on the stack as the twin's type. */
    private static void returnValue(CodeBuilder cb, Twin twin) {
        if (twin.primitive()) {
            unbox(cb, twin.kind);
        }
        cb.return_(twin.kind);
    }

    private static ClassDesc valueType(TypeKind kind) {
        return kind == TypeKind.REFERENCE ? ConstantDescs.CD_Object
                : kind == TypeKind.VOID ? ConstantDescs.CD_void : kind.upperBound();
    }

    private static boolean returnsFuture(MethodTypeDesc type) {
        return type.returnType().equals(CD_COMPLETABLE_FUTURE) || type.returnType().equals(CD_COMPLETION_STAGE);
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

    /** The primitive a call of {@code Integer.intValue()} and friends unboxes to; null for anything else. */
    private static TypeKind unboxKind(CodeElement element) {
        for (TypeKind kind : List.of(TypeKind.INT, TypeKind.LONG, TypeKind.DOUBLE, TypeKind.FLOAT, TypeKind.BOOLEAN,
                TypeKind.BYTE, TypeKind.SHORT, TypeKind.CHAR)) {
            if (isUnbox(element, kind)) {
                return kind;
            }
        }
        return null;
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
        return adjacentInstruction(elements, i, -1);
    }

    /** The instruction after {@code i} when nothing but line numbers and debug entries lie between; else -1. */
    private static int nextInstruction(List<CodeElement> elements, int i) {
        return i < 0 ? -1 : adjacentInstruction(elements, i, +1);
    }

    /** The first instruction from {@code i} in direction {@code step} (+1 or -1), or -1 past a label. */
    private static int adjacentInstruction(List<CodeElement> elements, int i, int step) {
        for (int j = i + step; j >= 0 && j < elements.size(); j += step) {
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

    // Reading other classes.

    /** The class file of {@code type} as this transform can see it (the folder, then the loader), or null. */
    private ClassModel model(ClassDesc type) {
        if (!type.isClassOrInterface()) {
            return null;
        }
        String internalName = type.descriptorString().substring(1, type.descriptorString().length() - 1);
        return models.computeIfAbsent(internalName, name -> {
            try {
                byte[] bytes = classFiles.find(name);
                if (bytes == null) {
                    try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                        bytes = in == null ? null : in.readAllBytes();
                    }
                }
                return bytes == null ? Optional.empty() : Optional.of(classFile.parse(bytes));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static MethodModel declared(ClassModel model, String name, String descriptor) {
        for (MethodModel method : model.methods()) {
            if (method.methodName().equalsString(name) && method.methodType().equalsString(descriptor)) {
                return method;
            }
        }
        return null;
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
