// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A version of a model seen as its elements by id, the unit in which models are compared and
 * merged.
 * <p>
 * An element is any object with an id (folders, priorities, links, steps...). Each has a place
 * (the element that contains it and the feature it sits in, such as a folder's {@code elements})
 * and features: attributes, references to other elements (by id), and the objects without an id
 * it contains (properties, observations, trajectory points, criteria ratings...), which count as
 * one value of the element that holds them.
 * <p>
 * A file of a fragmented model read alone indexes the elements it keeps in other files as their
 * proxies (by the id in their URI), and a fragment's roots have no place: they sit in a folder of
 * the main file.
 */
public final class ModelIndex {

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private final Map<String, EObject> byId;

    private ModelIndex(Map<String, EObject> byId) {
        this.byId = byId;
    }

    /**
     * @param resource a loaded model
     * @return its elements by id, in document order
     */
    public static ModelIndex of(Resource resource) {
        Map<String, EObject> byId = new LinkedHashMap<>();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject next = all.next();
            String id = id(next);
            if (id != null) {
                byId.putIfAbsent(id, next);
            }
        }
        return new ModelIndex(byId);
    }

    /** @return the index of a model with no elements (a file that did not exist yet) */
    public static ModelIndex empty() {
        return new ModelIndex(Collections.emptyMap());
    }

    /**
     * @param id an element id
     * @return the element, or {@code null}
     */
    public EObject get(String id) {
        return byId.get(id);
    }

    /**
     * @param id an element id
     * @return whether this version has the element
     */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** @return the ids of the elements, in document order */
    public Collection<String> ids() {
        return Collections.unmodifiableCollection(byId.keySet());
    }

    /** @return how many elements there are */
    public int size() {
        return byId.size();
    }

    /**
     * @param object a model object
     * @return its id, or {@code null} when its class has none or it is not set
     */
    public static String id(EObject object) {
        EAttribute idAttribute = object.eClass().getEIDAttribute();
        if (idAttribute == null) {
            return null;
        }
        if (object.eIsProxy()) {
            // An element kept in another file of a fragmented model: its id is its URI's fragment.
            String id = ((InternalEObject) object).eProxyURI().fragment();
            return id == null || id.isEmpty() ? null : id;
        }
        Object id = object.eGet(idAttribute);
        return id == null || id.toString().isEmpty() ? null : id.toString();
    }

    /**
     * @param element an element
     * @return where it sits: the id of the element that holds it and the feature, such as
     *         {@code f-purpose#elements}; {@code null} for the model itself
     */
    public static String place(EObject element) {
        EObject container = element.eContainer();
        while (container != null && id(container) == null) {
            container = container.eContainer();
        }
        if (container == null) {
            return null;
        }
        return id(container) + '#' + element.eContainmentFeature().getName();
    }

    /**
     * @param type an element's class
     * @return the features compared element by element: attributes other than the id,
     *         references to other elements, and containments of objects without ids
     */
    public static List<EStructuralFeature> comparedFeatures(EClass type) {
        return FEATURES.computeIfAbsent(type, ModelIndex::computeFeatures);
    }

    private static List<EStructuralFeature> computeFeatures(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || feature == type.getEIDAttribute()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()
                    && reference.getEReferenceType().getEIDAttribute() != null) {
                continue;
            }
            features.add(feature);
        }
        return List.copyOf(features);
    }

    /**
     * @param feature a feature of {@link #comparedFeatures(EClass)}
     * @return whether it holds contained objects without ids
     */
    public static boolean isContainedValue(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment();
    }

    /**
     * @param feature a feature of {@link #comparedFeatures(EClass)}
     * @return whether it refers to other elements
     */
    public static boolean isReference(EStructuralFeature feature) {
        return feature instanceof EReference reference && !reference.isContainment();
    }

    /**
     * The value of a feature in a form that compares by equality across versions: attributes as
     * their text, references as target ids, contained objects as their canonical text.
     *
     * @param object  an element
     * @param feature one of its compared features
     * @return the value, or {@code null} when it is not set
     */
    public static Object value(EObject object, EStructuralFeature feature) {
        if (!object.eIsSet(feature)) {
            return null;
        }
        Object value = object.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            if (feature.isMany()) {
                List<String> texts = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    texts.add(EcoreUtil.convertToString(attribute.getEAttributeType(), item));
                }
                return texts;
            }
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        if (isContainedValue(feature)) {
            StringBuilder text = new StringBuilder();
            for (Object item : feature.isMany() ? (List<?>) value : List.of(value)) {
                if (!text.isEmpty()) {
                    text.append("; "); //$NON-NLS-1$
                }
                describe((EObject) item, text);
            }
            return text.toString();
        }
        if (feature.isMany()) {
            List<String> ids = new ArrayList<>();
            for (Object item : (List<?>) value) {
                ids.add(targetId((EObject) item));
            }
            return ids;
        }
        return targetId((EObject) value);
    }

    private static String targetId(EObject target) {
        String id = id(target);
        return id != null ? id : EcoreUtil.getURI(target).fragment();
    }

    /** Writes an object without id as {@code Type(feature=value, ...)}, nested objects inside. */
    private static void describe(EObject object, StringBuilder text) {
        text.append(object.eClass().getName()).append('(');
        boolean first = true;
        for (EStructuralFeature feature : comparedFeatures(object.eClass())) {
            Object value = value(object, feature);
            if (value == null) {
                continue;
            }
            text.append(first ? "" : ", ").append(feature.getName()).append('=').append(value); //$NON-NLS-1$
            first = false;
        }
        text.append(')');
    }

    /**
     * @param element an element
     * @return its values by feature name, for every compared feature that is set
     */
    public static Map<String, Object> values(EObject element) {
        Map<String, Object> values = new HashMap<>();
        for (EStructuralFeature feature : comparedFeatures(element.eClass())) {
            Object value = value(element, feature);
            if (value != null) {
                values.put(feature.getName(), value);
            }
        }
        return values;
    }

    /**
     * @param element an element, or {@code null}
     * @return how a person recognises it: its type and name, such as {@code Link "DWP to
     *         supplier"}
     */
    public static String label(EObject element) {
        if (element == null) {
            return ""; //$NON-NLS-1$
        }
        if (element.eIsProxy()) {
            return element.eClass().getName() + " in " + ((InternalEObject) element).eProxyURI().lastSegment(); //$NON-NLS-1$
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        Object value = name == null ? null : element.eGet(name);
        return value == null ? element.eClass().getName() : element.eClass().getName() + " \"" + value + '"'; //$NON-NLS-1$
    }

    /**
     * @param element an element, or {@code null}
     * @return its name, or {@code null}
     */
    public static String name(EObject element) {
        if (element == null) {
            return null;
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        Object value = name == null ? null : element.eGet(name);
        return value == null ? null : value.toString();
    }

    /**
     * @param element an element
     * @return the nearest element (with an id) that contains it, or {@code null}
     */
    public static EObject parent(EObject element) {
        EObject container = element.eContainer();
        while (container != null && id(container) == null) {
            container = container.eContainer();
        }
        return container;
    }
}
