// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;

/**
 * What viewpoint expressions may touch: JEXL's {@link JexlPermissions#RESTRICTED} set (no
 * reflection, class loading, processes, files or network), plus read-only access to the domain
 * model and to EMF's lists, the plain getters of plugins' metamodel classes, and the helper
 * functions. Nothing may be created ({@code new}),
 * changed (setters, list mutators, EMF's {@code eSet}…), saved or loaded ({@code Resource}), and
 * no method may hand out a class, a class loader, reflection, a thread, a file, a stream, the
 * network, an EMF resource or factory ({@code getClass}, {@code eClass().getInstanceClass()},
 * {@code eResource()}, {@code create…} are refused), so an expression cannot leave the model.
 */
public final class SandboxPermissions implements JexlPermissions {

    /** Packages whose public getters expressions may call, besides what RESTRICTED allows. */
    private static final List<String> MODEL_PACKAGES = List.of("org.throughline.model", //$NON-NLS-1$
            "org.eclipse.emf.common.util", "org.eclipse.emf.ecore.util", "org.eclipse.emf.ecore.impl", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "org.eclipse.emf.ecore"); //$NON-NLS-1$

    private static final Set<String> MUTATORS = Set.of("add", "addAll", "remove", "removeAll", "removeIf", "retainAll", "clear", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "set", "move", "replaceAll", "sort", "put", "putAll", "putIfAbsent", "compute", "computeIfAbsent", "merge", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "getClass", "wait", "notify", "notifyAll", "eResource", "eAdapters", "eNotify", "eSetDeliver", "eInvoke", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "eDirectResource", "eInternalResource", "eInternalContainer", "eBasicSetContainer", "eSetResource", "eSetClass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "eSetProxyURI", "eSetStore", "eSetting", "eDynamicSet", "eDynamicUnset", "eDynamicInverseAdd", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "eDynamicInverseRemove", "delete", "unload", "load", "save"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** Packages whose types an expression may never get hold of. */
    private static final List<String> OUTSIDE = List.of("java.lang.reflect", "java.lang.invoke", "java.io", "java.nio", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "java.net", "java.util.concurrent", "org.osgi", "org.eclipse.emf.ecore.resource", "org.eclipse.emf.ecore.plugin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "org.eclipse.core"); //$NON-NLS-1$

    /** The one instance. */
    public static final SandboxPermissions INSTANCE = new SandboxPermissions(JexlPermissions.RESTRICTED);

    private final JexlPermissions base;

    private SandboxPermissions(JexlPermissions base) {
        this.base = base;
    }

    private static boolean isModelPackage(String name) {
        for (String prefix : MODEL_PACKAGES) {
            if (name.equals(prefix) || name.startsWith(prefix + '.')) {
                return !name.startsWith("org.eclipse.emf.ecore.resource") && !name.startsWith("org.eclipse.emf.ecore.plugin"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return false;
    }

    private static boolean isFunctions(Class<?> type) {
        return type == org.throughline.viewpoint.api.ExpressionFunctions.class;
    }

    /**
     * Whether a type is a plugin's metamodel class or enumeration: its getters are readable like
     * our own model's, so that viewpoints can show elements a plugin contributes.
     */
    private static boolean isPluginModelType(Class<?> type) {
        return EObject.class.isAssignableFrom(type) || Enumerator.class.isAssignableFrom(type);
    }

    /** Only a plain getter of a plugin's model class: no arguments, named get… or is…. */
    private static boolean isPluginGetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is")) //$NON-NLS-1$ //$NON-NLS-2$
                && isPluginModelType(method.getDeclaringClass());
    }

    @Override
    public boolean allow(Package pack) {
        return pack != null && (isModelPackage(pack.getName()) || base.allow(pack)
                || pack.getName().equals(org.throughline.viewpoint.api.ExpressionFunctions.class.getPackageName()));
    }

    @Override
    public boolean allow(Class<?> type) {
        if (type == null || type == Class.class) {
            return false;
        }
        return isFunctions(type) || isModelPackage(type.getPackageName()) || isPluginModelType(type) || base.allow(type);
    }

    @Override
    public boolean allow(Constructor<?> constructor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        if (method == null) {
            return false;
        }
        String name = method.getName();
        if (MUTATORS.contains(name) || name.startsWith("set") || name.startsWith("eSet") || name.startsWith("eUnset") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || name.startsWith("eBasic") || name.startsWith("eInverse")) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        if (name.startsWith("create") || reachesOutside(method.getReturnType())) { //$NON-NLS-1$
            return false;
        }
        Class<?> owner = method.getDeclaringClass();
        if (isFunctions(owner) || isModelPackage(owner.getPackageName()) || isPluginGetter(method)) {
            return true;
        }
        return base.allow(method);
    }

    /**
     * Whether a value of this type would let an expression out of the model: classes and class
     * loaders, reflection, threads, files, streams and the network, EMF resources (saving,
     * loading) and factories (creating).
     */
    private static boolean reachesOutside(Class<?> type) {
        if (type == Class.class || ClassLoader.class.isAssignableFrom(type) || Thread.class.isAssignableFrom(type)
                || Runtime.class == type || EFactory.class.isAssignableFrom(type)) {
            return true;
        }
        String name = type.getPackageName();
        for (String outside : OUTSIDE) {
            if (name.equals(outside) || name.startsWith(outside + '.')) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JexlPermissions compose(String... src) {
        return new SandboxPermissions(base.compose(src));
    }
}
