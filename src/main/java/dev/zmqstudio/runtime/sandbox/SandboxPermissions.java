package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.introspection.JexlPermissions;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * An allow-list, not a deny-list: JEXL sees only the methods of {@link SandboxMethods} and the expression
 * functions; no constructor, no field, no other class.
 */
final class SandboxPermissions implements JexlPermissions {
    private final Class<?> functions;

    SandboxPermissions(Class<?> functions) {
        this.functions = functions;
    }

    @Override
    public boolean allow(Class<?> clazz) {
        return clazz != null && SandboxMethods.visible(clazz, functions);
    }

    @Override
    public boolean allow(Constructor<?> ctor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        return validate(method) && SandboxMethods.allowed(method, functions);
    }

    @Override
    public boolean allow(Package pack) {
        return true;
    }

    @Override
    public JexlPermissions compose(String... src) {
        throw new UnsupportedOperationException("the expression sandbox is a fixed allow-list");
    }
}
