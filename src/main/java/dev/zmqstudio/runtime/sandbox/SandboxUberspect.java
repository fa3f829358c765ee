package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;

import java.util.Iterator;
import java.util.List;

/**
 * JEXL's introspection behind the allow-list ({@link SandboxPermissions}), with three changes: text methods that
 * could build too much are size-checked ({@link SizedStringMethod}); nothing can be constructed, set, or looked up
 * by class name.
 */
final class SandboxUberspect implements JexlUberspect {
    private final JexlUberspect base;

    SandboxUberspect(JexlUberspect base) {
        this.base = base;
    }

    @Override
    public JexlMethod getMethod(Object obj, String method, Object... args) {
        if (obj instanceof String) {
            SizedStringMethod sized = SizedStringMethod.find(method, args);
            if (sized != null) {
                return sized;
            }
        }
        return base.getMethod(obj, method, args);
    }

    @Override
    public JexlMethod getConstructor(Object ctorHandle, Object... args) {
        return null;
    }

    @Override
    public Class<?> getClassByName(String className) {
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object obj, Object identifier, Object arg) {
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(Object obj, Object identifier, Object arg) {
        return null;
    }

    @Override
    public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object obj, Object identifier) {
        return base.getPropertyGet(resolvers, obj, identifier);
    }

    @Override
    public JexlPropertyGet getPropertyGet(Object obj, Object identifier) {
        return base.getPropertyGet(obj, identifier);
    }

    @Override
    public List<PropertyResolver> getResolvers(JexlOperator op, Object obj) {
        return base.getResolvers(op, obj);
    }

    @Override
    public Iterator<?> getIterator(Object obj) {
        return base.getIterator(obj);
    }

    @Override
    public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
        return base.getArithmetic(arithmetic);
    }

    @Override
    public JexlOperator.Uberspect getOperator(JexlArithmetic arithmetic) {
        return base.getOperator(arithmetic);
    }

    @Override
    public ClassLoader getClassLoader() {
        return base.getClassLoader();
    }

    @Override
    public void setClassLoader(ClassLoader loader) {
        throw new UnsupportedOperationException("the expression sandbox loads no classes");
    }

    @Override
    public int getVersion() {
        return base.getVersion();
    }
}
