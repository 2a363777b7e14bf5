package dev.eager.strategy.bypass;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Links twin to twin when a call site first runs, across classes, jars and load order: the
 * bootstraps {@link TwinTransform} writes where a twin awaits an {@link Async} method of another
 * class, an overridable or an interface method (a constant telling a direct call of the twin
 * whether the twin is there, or an {@code invokedynamic} when the transform could not see the
 * callee's class file), and where an {@code @Async} functional interface is implemented by a lambda
 * or a method reference. Public only because rewritten classes in other packages call it.
 *
 * <p>Each bootstrap looks at the method the call resolves to, as the class files loaded by then say:
 * if its class has the twin, the site calls the twin (dispatched as the call is: static, virtual,
 * interface or special); if not (a class never transformed, or one whose transform failed), the
 * site calls the method itself and waits for its future through {@link DirectTwin#await}: the right
 * answer, paying a future.
 */
public final class TwinLinker {
    private static final MethodHandle AWAIT;

    static {
        try {
            AWAIT = MethodHandles.lookup().findStatic(DirectTwin.class, "await",
                    MethodType.methodType(Object.class, CompletionStage.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TwinLinker() {
    }

    /**
     * Bootstrap of {@code await(owner.name(args))} in a twin: {@code site} takes the receiver (unless
     * the call is static) and the arguments, and returns the value as the caller uses it (a
     * primitive, or a reference). {@code opcode} is the original call's (JVMS opcode number).
     */
    public static CallSite linkCall(MethodHandles.Lookup caller, String name, MethodType site, Class<?> owner,
                                    String callee, MethodType calleeType, int opcode) throws ReflectiveOperationException {
        MethodHandle twin = twinOf(caller, owner, callee, calleeType, opcode);
        if (twin == null) {
            MethodHandle method = find(caller, owner, callee, calleeType, opcode);
            twin = MethodHandles.filterReturnValue(method, AWAIT.asType(
                    MethodType.methodType(Object.class, method.type().returnType())));
        }
        return new ConstantCallSite(twin.asType(site));
    }

    /**
     * Bootstrap of the constant a twin tests before it calls {@code owner.twin} directly (a callee
     * whose class file the transform read): 1 when that twin is there and accessible as the call
     * {@code opcode} makes it, 0 when the twin then calls the method and waits for its future.
     */
    public static int twinLinked(MethodHandles.Lookup caller, String name, Class<?> type, Class<?> owner, String twin,
                                 MethodType twinType, int opcode) {
        try {
            find(caller, owner, twin, twinType, opcode);
            return 1;
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    /**
     * Bootstrap of a lambda or method reference implementing an {@code @Async} functional interface,
     * with {@link LambdaMetafactory#metafactory}'s arguments: an instance whose interface method
     * calls {@code implementation} and whose twin calls the implementation's twin. Without a twin on
     * either side it is the metafactory's own lambda (the interface's twin then awaits its future).
     */
    public static CallSite linkLambda(MethodHandles.Lookup caller, String name, MethodType factory,
                                      MethodType erased, MethodHandle implementation, MethodType instantiated)
            throws LambdaConversionException {
        Class<?> functional = factory.returnType();
        Method interfaceTwin = declaredTwin(functional, name, erased.parameterArray());
        MethodHandle implementationTwin = interfaceTwin == null ? null : twinOf(caller, implementation);
        if (implementationTwin == null) {
            return LambdaMetafactory.metafactory(caller, name, factory, erased, implementation, instantiated);
        }
        MethodType apply = erased.insertParameterTypes(0, factory.parameterArray());
        MethodType twin = apply.changeReturnType(interfaceTwin.getReturnType());
        try {
            return TwinLambda.callSite(caller, factory, name, erased, interfaceTwin.getName(), twin,
                    implementation.asType(apply), implementationTwin.asType(twin));
        } catch (WrongMethodTypeException | IllegalArgumentException | ReflectiveOperationException e) {
            return LambdaMetafactory.metafactory(caller, name, factory, erased, implementation, instantiated);
        }
    }

    /**
     * Whether a twin's own body must not run for {@code receiver}: its class overrides the method
     * and has no twin of its own. {@code overrides} is the checked twin's constant from {@link
     * #overrides}: one class-value lookup, nothing allocated.
     */
    public static boolean overriddenWithoutTwin(Object receiver, ClassValue<Boolean> overrides) {
        return overrides.get(receiver.getClass());
    }

    /**
     * Bootstrap of the constant of an overridable method's checked twin in the class of {@code
     * caller}: per receiver class, whether it overrides {@code name(type)} without a twin.
     */
    public static ClassValue<Boolean> overrides(MethodHandles.Lookup caller, String name, Class<?> constantType,
                                                MethodType type) {
        Overridable method = new Overridable(caller.lookupClass(), name, type);
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> receiver) {
                return method.overriddenWithoutTwinIn(receiver);
            }
        };
    }

    /** One overridable {@code @Async} method, asked about from a subclass. */
    private record Overridable(Class<?> declaring, String name, MethodType type) {
        boolean overriddenWithoutTwinIn(Class<?> receiver) {
            Method own = declaredTwin(declaring, name, type.parameterArray());
            for (Class<?> c = receiver; c != null && c != declaring; c = c.getSuperclass()) {
                if (declares(c, name, type)) {
                    Method theirs = declaredTwinIn(c, name, type.parameterArray());
                    return theirs == null || own == null || theirs.getReturnType() != own.getReturnType();
                }
            }
            return false;
        }
    }

    private static boolean declares(Class<?> c, String name, MethodType type) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
                    && MethodType.methodType(m.getReturnType(), m.getParameterTypes()).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The twin a call of {@code owner.callee} resolves to, dispatched as the call is; null if there is none. */
    private static MethodHandle twinOf(MethodHandles.Lookup caller, Class<?> owner, String callee, MethodType calleeType,
                                       int opcode) {
        Method twin = declaredTwin(owner, callee, calleeType.parameterArray());
        if (twin == null || Modifier.isStatic(twin.getModifiers()) != (opcode == OPCODE_INVOKESTATIC)) {
            return null;
        }
        try {
            return find(caller, owner, twin.getName(), calleeType.changeReturnType(twin.getReturnType()), opcode);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The twin of the method behind a direct method handle (a lambda's body, a method reference); null if none. */
    private static MethodHandle twinOf(MethodHandles.Lookup caller, MethodHandle implementation) {
        MethodHandleInfo info;
        try {
            info = caller.revealDirect(implementation);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int opcode = switch (info.getReferenceKind()) {
            case MethodHandleInfo.REF_invokeStatic -> OPCODE_INVOKESTATIC;
            case MethodHandleInfo.REF_invokeVirtual -> OPCODE_INVOKEVIRTUAL;
            case MethodHandleInfo.REF_invokeInterface -> OPCODE_INVOKEINTERFACE;
            case MethodHandleInfo.REF_invokeSpecial -> OPCODE_INVOKESPECIAL;
            default -> -1;
        };
        return opcode < 0 ? null : twinOf(caller, info.getDeclaringClass(), info.getName(), info.getMethodType(), opcode);
    }

    static final int OPCODE_INVOKEVIRTUAL = 0xb6;
    static final int OPCODE_INVOKESPECIAL = 0xb7;
    static final int OPCODE_INVOKESTATIC = 0xb8;
    static final int OPCODE_INVOKEINTERFACE = 0xb9;

    private static MethodHandle find(MethodHandles.Lookup caller, Class<?> owner, String name, MethodType type, int opcode)
            throws ReflectiveOperationException {
        return switch (opcode) {
            case OPCODE_INVOKESTATIC -> caller.findStatic(owner, name, type);
            case OPCODE_INVOKESPECIAL -> caller.findSpecial(owner, name, type, caller.lookupClass());
            default -> caller.findVirtual(owner, name, type);
        };
    }

    /** The twin of {@code name(parameters)} that {@code owner} declares or inherits, or null. */
    private static Method declaredTwin(Class<?> owner, String name, Class<?>[] parameters) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        pending.add(owner);
        while (!pending.isEmpty()) {
            Class<?> c = pending.poll();
            if (!seen.add(c)) {
                continue;
            }
            Method twin = declaredTwinIn(c, name, parameters);
            if (twin != null) {
                return twin;
            }
            if (c.getSuperclass() != null) {
                pending.add(c.getSuperclass());
            }
            pending.addAll(java.util.List.of(c.getInterfaces()));
        }
        return null;
    }

    private static Method declaredTwinIn(Class<?> c, String name, Class<?>[] parameters) {
        String twinName = name + TwinTransform.TWIN_SUFFIX;
        for (Method m : c.getDeclaredMethods()) {
            if (m.isSynthetic() && m.getName().equals(twinName)
                    && java.util.Arrays.equals(m.getParameterTypes(), parameters)) {
                return m;
            }
        }
        return null;
    }
}
