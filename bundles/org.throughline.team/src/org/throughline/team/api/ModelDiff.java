// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.team.api.ModelChange.Kind;

/**
 * What changed between two versions of a model, element by element and by id: elements added,
 * removed, moved to another place, reordered among their siblings, and each attribute and
 * reference that has another value. Renaming an element is a change of its {@code name}, never
 * a removal and an addition, because elements are matched by id.
 */
public final class ModelDiff {

    private final ModelIndex before;
    private final ModelIndex after;
    private final List<ModelChange> changes = new ArrayList<>();

    private ModelDiff(ModelIndex before, ModelIndex after) {
        this.before = before;
        this.after = after;
    }

    /**
     * @param before the older version
     * @param after  the newer version
     * @return the changes, in the newer version's document order, removals last
     */
    public static List<ModelChange> compare(ModelIndex before, ModelIndex after) {
        ModelDiff diff = new ModelDiff(before, after);
        diff.run();
        return List.copyOf(diff.changes);
    }

    private void run() {
        Map<String, Integer> oldOrder = siblingOrder(before);
        for (String id : after.ids()) {
            EObject now = after.get(id);
            EObject then = before.get(id);
            if (then == null) {
                changes.add(new ModelChange(Kind.ADDED, id, now.eClass().getName(), ModelIndex.name(now), null, null,
                        ModelIndex.label(ModelIndex.parent(now))));
                continue;
            }
            if (!Objects.equals(ModelIndex.place(then), ModelIndex.place(now))) {
                changes.add(new ModelChange(Kind.MOVED, id, now.eClass().getName(), ModelIndex.name(now),
                        now.eContainmentFeature().getName(), ModelIndex.label(ModelIndex.parent(then)),
                        ModelIndex.label(ModelIndex.parent(now))));
            }
            if (then.eClass() != now.eClass()) {
                changes.add(new ModelChange(Kind.CHANGED, id, now.eClass().getName(), ModelIndex.name(now), "type", //$NON-NLS-1$
                        then.eClass().getName(), now.eClass().getName()));
                continue;
            }
            for (EStructuralFeature feature : ModelIndex.comparedFeatures(now.eClass())) {
                Object old = ModelIndex.value(then, feature);
                Object current = ModelIndex.value(now, feature);
                if (!Objects.equals(old, current)) {
                    changes.add(new ModelChange(Kind.CHANGED, id, now.eClass().getName(), ModelIndex.name(now), feature.getName(),
                            show(old, feature, before), show(current, feature, after)));
                }
            }
        }
        reorderings(oldOrder);
        for (String id : before.ids()) {
            if (!after.contains(id)) {
                EObject then = before.get(id);
                EObject parent = ModelIndex.parent(then);
                if (parent != null && !after.contains(ModelIndex.id(parent))) {
                    continue; // removed with its container, which is listed
                }
                changes.add(new ModelChange(Kind.REMOVED, id, then.eClass().getName(), ModelIndex.name(then), null,
                        ModelIndex.label(parent), null));
            }
        }
    }

    /** @return for each element, its position among the elements of its place */
    private static Map<String, Integer> siblingOrder(ModelIndex index) {
        Map<String, Integer> order = new HashMap<>();
        for (String id : index.ids()) {
            EObject parent = index.get(id);
            for (EReference containment : parent.eClass().getEAllContainments()) {
                if (containment.isMany() && containment.getEReferenceType().getEIDAttribute() != null) {
                    int position = 0;
                    for (Object child : (List<?>) parent.eGet(containment)) {
                        String childId = ModelIndex.id((EObject) child);
                        if (childId != null) {
                            order.put(childId, Integer.valueOf(position));
                        }
                        position++;
                    }
                }
            }
        }
        return order;
    }

    /**
     * Elements that stayed in their place but moved among their siblings: the longest run of
     * kept elements in their old order stays put, every other kept element is reordered.
     */
    private void reorderings(Map<String, Integer> oldOrder) {
        for (String parentId : after.ids()) {
            EObject parent = after.get(parentId);
            for (EReference containment : parent.eClass().getEAllContainments()) {
                if (!containment.isMany() || containment.getEReferenceType().getEIDAttribute() == null) {
                    continue;
                }
                List<?> children = (List<?>) parent.eGet(containment);
                if (children.size() < 2) {
                    continue;
                }
                String place = parentId + '#' + containment.getName();
                List<EObject> kept = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                for (Object child : children) {
                    EObject element = (EObject) child;
                    String id = ModelIndex.id(element);
                    EObject then = id == null ? null : before.get(id);
                    if (then != null && place.equals(ModelIndex.place(then))) {
                        kept.add(element);
                        positions.add(oldOrder.get(id));
                    }
                }
                boolean[] inOrder = longestIncreasing(positions);
                for (int i = 0; i < kept.size(); i++) {
                    if (!inOrder[i]) {
                        EObject element = kept.get(i);
                        changes.add(new ModelChange(Kind.REORDERED, ModelIndex.id(element), element.eClass().getName(),
                                ModelIndex.name(element), containment.getName(),
                                Integer.toString(positions.get(i).intValue() + 1),
                                Integer.toString(children.indexOf(element) + 1)));
                    }
                }
            }
        }
    }

    /**
     * @param values distinct numbers
     * @return which of them form one longest increasing subsequence (patience sorting, n log n)
     */
    static boolean[] longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int value = values.get(i).intValue();
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values.get(tails[middle]).intValue() < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] member = new boolean[n];
        Arrays.fill(member, false);
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            member[i] = true;
        }
        return member;
    }

    /**
     * @param value   a value from {@link ModelIndex#value}
     * @param feature the feature it is a value of
     * @param index   the version it comes from, to name referenced elements
     * @return the value as a person reads it; references as {@code Type "name" (id)}
     */
    public static String show(Object value, EStructuralFeature feature, ModelIndex index) {
        if (value == null) {
            return null;
        }
        boolean reference = ModelIndex.isReference(feature);
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(reference ? reference(item.toString(), index) : item.toString());
            }
            return "[" + String.join(", ", items) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return reference ? reference(value.toString(), index) : value.toString();
    }

    private static String reference(String id, ModelIndex index) {
        EObject target = index.get(id);
        return target == null ? id : ModelIndex.label(target) + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
