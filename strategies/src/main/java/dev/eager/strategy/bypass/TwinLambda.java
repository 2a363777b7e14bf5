package dev.eager.strategy.bypass;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The class of a lambda (or method reference) that implements an {@code @Async} functional
 * interface with both faces: the interface method calls the implementation, its twin calls the
 * implementation's twin. Spun at link time as a hidden nestmate of the class that creates the
 * lambda, as {@link java.lang.invoke.LambdaMetafactory} spins its own; the two calls go through
 * constant method handles (class data), which the JIT inlines as it does direct calls.
 */
final class TwinLambda {
    private static final ClassDesc CD_METHOD_HANDLE = ConstantDescs.CD_MethodHandle;
    private static final String APPLY = "APPLY";
    private static final String TWIN = "TWIN";

    private TwinLambda() {
    }

    /**
     * A call site making instances of the lambda class: {@code factory} takes the captured values;
     * {@code apply} and {@code twin} take the captured values, then the interface method's
     * parameters.
     */
    static CallSite callSite(MethodHandles.Lookup caller, MethodType factory, String name, MethodType erased,
                             String twinName, MethodType twinType, MethodHandle apply, MethodHandle twin)
            throws ReflectiveOperationException {
        Class<?> functional = factory.returnType();
        ClassDesc self = ClassDesc.of(caller.lookupClass().getName() + "$$TwinLambda");
        List<ClassDesc> captured = factory.parameterList().stream().map(TwinLambda::desc).toList();
        byte[] bytes = ClassFile.of().build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withSuperclass(ConstantDescs.CD_Object);
            cb.withInterfaceSymbols(desc(functional));
            for (int i = 0; i < captured.size(); i++) {
                cb.withField("c" + i, captured.get(i), ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
            }
            int statics = ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL;
            cb.withField(APPLY, CD_METHOD_HANDLE, statics);
            cb.withField(TWIN, CD_METHOD_HANDLE, statics);
            cb.withMethodBody(ConstantDescs.CLASS_INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_STATIC, b -> {
                classData(b, self, APPLY, 0);
                classData(b, self, TWIN, 1);
                b.return_();
            });
            cb.withMethodBody(ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, captured),
                    ClassFile.ACC_PRIVATE, b -> {
                        b.aload(0);
                        b.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                        int slot = 1;
                        for (int i = 0; i < captured.size(); i++) {
                            b.aload(0);
                            TypeKind kind = TypeKind.from(captured.get(i));
                            b.loadLocal(kind, slot);
                            slot += kind.slotSize();
                            b.putfield(self, "c" + i, captured.get(i));
                        }
                        b.return_();
                    });
            cb.withMethodBody(name, desc(erased), ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> forward(b, self, APPLY, captured, erased, erased.insertParameterTypes(0, factory.parameterArray())));
            cb.withMethodBody(twinName, desc(erased.changeReturnType(twinType.returnType())),
                    ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC,
                    b -> forward(b, self, TWIN, captured, erased.changeReturnType(twinType.returnType()), twinType));
        });
        MethodHandles.Lookup lambda = caller.defineHiddenClassWithClassData(bytes, List.of(apply, twin), true,
                MethodHandles.Lookup.ClassOption.NESTMATE);
        MethodHandle constructor = lambda.findConstructor(lambda.lookupClass(), factory.changeReturnType(void.class))
                .asType(factory);
        if (factory.parameterCount() == 0) {
            try {
                return new ConstantCallSite(MethodHandles.constant(functional, constructor.invoke()));
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
        return new ConstantCallSite(constructor);
    }

    private static void classData(CodeBuilder b, ClassDesc self, String field, int index) {
        b.invokestatic(ConstantDescs.CD_MethodHandles, "lookup", MethodTypeDesc.of(ConstantDescs.CD_MethodHandles_Lookup));
        b.ldc("_");
        b.ldc(CD_METHOD_HANDLE);
        b.loadConstant(index);
        b.invokestatic(ConstantDescs.CD_MethodHandles, "classDataAt", MethodTypeDesc.of(ConstantDescs.CD_Object,
                ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String, ConstantDescs.CD_Class, ConstantDescs.CD_int));
        b.checkcast(CD_METHOD_HANDLE);
        b.putstatic(self, field, CD_METHOD_HANDLE);
    }

    /** {@code return HANDLE.invokeExact(captured..., parameters...)}. */
    private static void forward(CodeBuilder b, ClassDesc self, String handle, List<ClassDesc> captured,
                                MethodType method, MethodType handleType) {
        b.getstatic(self, handle, CD_METHOD_HANDLE);
        for (int i = 0; i < captured.size(); i++) {
            b.aload(0);
            b.getfield(self, "c" + i, captured.get(i));
        }
        int slot = 1;
        for (Class<?> parameter : method.parameterList()) {
            TypeKind kind = TypeKind.from(desc(parameter));
            b.loadLocal(kind, slot);
            slot += kind.slotSize();
        }
        b.invokevirtual(CD_METHOD_HANDLE, "invokeExact", desc(handleType));
        b.return_(TypeKind.from(desc(method.returnType())));
    }

    private static ClassDesc desc(Class<?> type) {
        return type.describeConstable().orElseThrow(() -> new IllegalArgumentException(type + " has no descriptor"));
    }

    private static MethodTypeDesc desc(MethodType type) {
        return type.describeConstable().orElseThrow(() -> new IllegalArgumentException(type + " has no descriptor"));
    }
}
