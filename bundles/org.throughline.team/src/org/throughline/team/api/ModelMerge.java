// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.team.api.MergeConflict.Kind;

/**
 * A three-way merge of models, element by element and feature by feature, matching elements by
 * id: the model-aware counterpart of Git's line merge, which never writes conflict markers.
 * <ul>
 * <li>Our version is changed in place into the merged model; each change of theirs (against the
 * common version) is applied to it unless we changed the same thing.</li>
 * <li>Edits of different elements, or of different features of one element, both land;
 * elements added on either side both land, in their place among their siblings; an element moved
 * by one side and edited by the other is moved and edited; references added to a list by either
 * side both land, and references removed by either side are removed.</li>
 * <li>Siblings they reordered (steps of a service, elements of a folder) take their order, unless
 * we reordered them too, which is a conflict.</li>
 * <li>A feature both sides set to different values, an element changed on one side and deleted
 * on the other, a value of theirs that refers to an element we deleted, and an element both
 * moved to different places are conflicts: our side is kept, and each conflict is listed.</li>
 * </ul>
 */
public final class ModelMerge {

    /**
     * What a merge did.
     *
     * @param applied   how many changes of theirs were applied
     * @param conflicts the conflicts, in document order; empty when the merge is clean
     */
    public record Result(int applied, List<MergeConflict> conflicts) {
    }

    private final ModelIndex base;
    private final ModelIndex ours;
    private final ModelIndex theirs;
    private final Resource result;
    private final Map<String, EObject> merged;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<EObject[]> created = new ArrayList<>();
    /** For each place whose order they changed: the parent's id, the feature, their order. */
    private final List<Object[]> orders = new ArrayList<>();
    private int applied;

    private ModelMerge(ModelIndex base, Resource ours, ModelIndex theirs) {
        this.base = base;
        this.result = ours;
        this.ours = ModelIndex.of(ours);
        this.theirs = theirs;
        this.merged = new LinkedHashMap<>();
        for (String id : this.ours.ids()) {
            merged.put(id, this.ours.get(id));
        }
    }

    /**
     * Merges their changes into our model.
     *
     * @param base   the common version ({@link ModelIndex#empty()} when there is none)
     * @param ours   our version, changed in place into the merged model
     * @param theirs their version
     * @return what was applied and what conflicts
     */
    public static Result merge(ModelIndex base, Resource ours, ModelIndex theirs) {
        ModelMerge merge = new ModelMerge(base, ours, theirs);
        merge.planTheirOrder();
        merge.addTheirAdditions();
        merge.mergeCommonElements();
        merge.completeAdditions();
        merge.applyTheirOrder();
        merge.applyTheirDeletions();
        return new Result(merge.applied, List.copyOf(merge.conflicts));
    }

    // --- order -----------------------------------------------------------------------------

    /**
     * Finds, before anything changes, the places where they reordered elements that were there
     * before; a place we reordered too is a conflict.
     */
    private void planTheirOrder() {
        for (String parentId : theirs.ids()) {
            EObject theirParent = theirs.get(parentId);
            EObject baseParent = base.get(parentId);
            EObject ourParent = ours.get(parentId);
            if (baseParent == null || ourParent == null || baseParent.eClass() != theirParent.eClass()
                    || ourParent.eClass() != theirParent.eClass()) {
                continue;
            }
            for (EReference containment : theirParent.eClass().getEAllContainments()) {
                if (!containment.isMany() || containment.getEReferenceType().getEIDAttribute() == null) {
                    continue;
                }
                List<String> theirIds = ids(theirParent, containment);
                List<String> baseIds = ids(baseParent, containment);
                List<String> theirOrder = common(theirIds, baseIds);
                List<String> baseOrder = common(baseIds, theirIds);
                if (theirOrder.equals(baseOrder)) {
                    continue;
                }
                List<String> ourIds = ids(ourParent, containment);
                if (!common(ourIds, baseIds).equals(common(baseIds, ourIds))) {
                    conflict(Kind.BOTH_CHANGED, ourParent, "order of " + containment.getName(), String.join(" ", baseOrder), //$NON-NLS-1$ //$NON-NLS-2$
                            String.join(" ", common(ourIds, baseIds)), String.join(" ", theirOrder)); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                orders.add(new Object[] { parentId, containment, theirOrder });
            }
        }
    }

    private static List<String> ids(EObject parent, EReference containment) {
        List<String> ids = new ArrayList<>();
        for (Object child : (List<?>) parent.eGet(containment)) {
            ids.add(ModelIndex.id((EObject) child));
        }
        return ids;
    }

    /** @return the ids of the first list that the second also has, in the first's order */
    private static List<String> common(List<String> first, List<String> second) {
        Set<String> other = new HashSet<>(second);
        List<String> common = new ArrayList<>();
        for (String id : first) {
            if (other.contains(id)) {
                common.add(id);
            }
        }
        return common;
    }

    /** Puts the elements of each place they reordered into their order, others staying where they are. */
    private void applyTheirOrder() {
        for (Object[] order : orders) {
            EObject parent = merged.get(order[0]);
            if (parent == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) parent.eGet((EReference) order[1]);
            @SuppressWarnings("unchecked")
            List<String> theirOrder = (List<String>) order[2];
            Map<String, Integer> rank = new java.util.HashMap<>();
            for (int i = 0; i < theirOrder.size(); i++) {
                rank.put(theirOrder.get(i), Integer.valueOf(i));
            }
            List<EObject> ranked = new ArrayList<>();
            for (EObject child : list) {
                if (rank.containsKey(ModelIndex.id(child))) {
                    ranked.add(child);
                }
            }
            ranked.sort(java.util.Comparator.comparing(child -> rank.get(ModelIndex.id(child))));
            List<EObject> reordered = new ArrayList<>(list);
            int next = 0;
            for (int i = 0; i < reordered.size(); i++) {
                if (rank.containsKey(ModelIndex.id(reordered.get(i)))) {
                    reordered.set(i, ranked.get(next++));
                }
            }
            if (!reordered.equals(list)) {
                org.eclipse.emf.common.util.ECollections.setEList(list, reordered);
                applied++;
            }
        }
    }

    // --- additions -------------------------------------------------------------------------

    /** Creates, in their place, the elements only they have; features that refer come later. */
    private void addTheirAdditions() {
        Set<String> skipped = new HashSet<>();
        for (String id : theirs.ids()) {
            if (base.contains(id) || ours.contains(id)) {
                continue;
            }
            EObject theirElement = theirs.get(id);
            EObject theirParent = ModelIndex.parent(theirElement);
            if (theirParent == null && theirElement.eContainer() == null) {
                // A root of a fragment: it goes among our roots, after the one it follows.
                EObject element = create(theirElement);
                placeRoot(theirElement, element);
                merged.put(id, element);
                created.add(new EObject[] { theirElement, element });
                applied++;
                continue;
            }
            String parentId = theirParent == null ? null : ModelIndex.id(theirParent);
            EObject parent = parentId == null ? null : merged.get(parentId);
            if (parent == null) {
                if (!skipped.contains(parentId)) {
                    conflict(Kind.DELETED_BY_US_CHANGED_BY_THEM, theirParent != null ? theirParent : theirElement, null,
                            base.get(parentId) != null ? "present" : null, "deleted", //$NON-NLS-1$ //$NON-NLS-2$
                            "added " + ModelIndex.label(theirElement) + " (" + id + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                skipped.add(id);
                continue;
            }
            EObject element = create(theirElement);
            if (!place(parent, theirElement, element)) {
                skipped.add(id);
                continue;
            }
            merged.put(id, element);
            created.add(new EObject[] { theirElement, element });
            applied++;
        }
    }

    /** @return a new element of theirs with their attributes (or their proxy's URI), references set later */
    private static EObject create(EObject theirElement) {
        EObject element = EcoreUtil.create(theirElement.eClass());
        if (theirElement.eIsProxy()) {
            ((InternalEObject) element).eSetProxyURI(((InternalEObject) theirElement).eProxyURI());
            return element;
        }
        for (EAttribute attribute : theirElement.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient() && theirElement.eIsSet(attribute)) {
                Object value = theirElement.eGet(attribute);
                element.eSet(attribute, attribute.isMany() ? new ArrayList<>((List<?>) value) : value);
            }
        }
        return element;
    }

    /** Puts a fragment's new root among our roots, after the root it follows on their side. */
    private void placeRoot(EObject theirElement, EObject element) {
        List<EObject> theirRoots = theirElement.eResource().getContents();
        for (int i = theirRoots.indexOf(theirElement) - 1; i >= 0; i--) {
            EObject previous = merged.get(ModelIndex.id(theirRoots.get(i)));
            if (previous != null && previous.eContainer() == null && previous.eResource() == result) {
                result.getContents().add(result.getContents().indexOf(previous) + 1, element);
                return;
            }
        }
        result.getContents().add(0, element);
    }

    /** Sets the references and contained values of the elements added from their side. */
    private void completeAdditions() {
        for (EObject[] pair : created) {
            for (EStructuralFeature feature : ModelIndex.comparedFeatures(pair[0].eClass())) {
                if (!(feature instanceof EAttribute) && pair[0].eIsSet(feature)) {
                    take(pair[1], pair[0], feature, null);
                }
            }
        }
    }

    // --- elements both have -----------------------------------------------------------------

    private void mergeCommonElements() {
        for (String id : theirs.ids()) {
            EObject ourElement = ours.get(id);
            if (ourElement == null) {
                EObject baseElement = base.get(id);
                if (baseElement != null && changed(baseElement, theirs.get(id))) {
                    conflict(Kind.DELETED_BY_US_CHANGED_BY_THEM, theirs.get(id), null, "present", "deleted", //$NON-NLS-1$ //$NON-NLS-2$
                            describeChange(baseElement, theirs.get(id), theirs));
                }
                continue;
            }
            EObject theirElement = theirs.get(id);
            EObject baseElement = base.get(id);
            if (ourElement.eClass() != theirElement.eClass()) {
                if (baseElement == null || baseElement.eClass() != theirElement.eClass()) {
                    conflict(Kind.BOTH_CHANGED, ourElement, "type", baseElement == null ? null : baseElement.eClass().getName(), //$NON-NLS-1$
                            ourElement.eClass().getName(), theirElement.eClass().getName());
                }
                continue;
            }
            boolean sameClass = baseElement != null && baseElement.eClass() == theirElement.eClass();
            for (EStructuralFeature feature : ModelIndex.comparedFeatures(theirElement.eClass())) {
                Object before = sameClass ? ModelIndex.value(baseElement, feature) : null;
                Object theirValue = ModelIndex.value(theirElement, feature);
                if (Objects.equals(before, theirValue)) {
                    continue;
                }
                Object ourValue = ModelIndex.value(ourElement, feature);
                if (Objects.equals(ourValue, theirValue)) {
                    continue;
                }
                if (Objects.equals(ourValue, before)) {
                    take(ourElement, theirElement, feature, before);
                    applied++;
                } else if (ModelIndex.isReference(feature) && feature.isMany()) {
                    combine(ourElement, theirElement, feature, before, theirValue);
                    applied++;
                } else {
                    conflict(Kind.BOTH_CHANGED, ourElement, feature.getName(), ModelDiff.show(before, feature, base),
                            ModelDiff.show(ourValue, feature, ours), ModelDiff.show(theirValue, feature, theirs));
                }
            }
            String basePlace = baseElement == null ? null : ModelIndex.place(baseElement);
            String ourPlace = ModelIndex.place(ourElement);
            String theirPlace = ModelIndex.place(theirElement);
            if (baseElement == null || Objects.equals(basePlace, theirPlace) || Objects.equals(ourPlace, theirPlace)) {
                continue;
            }
            if (Objects.equals(ourPlace, basePlace)) {
                move(ourElement, theirElement);
            } else {
                conflict(Kind.BOTH_MOVED, ourElement, null, ModelIndex.label(ModelIndex.parent(baseElement)),
                        ModelIndex.label(ModelIndex.parent(ourElement)), ModelIndex.label(ModelIndex.parent(theirElement)));
            }
        }
    }

    /** Moves our element to where they put it, when that place still exists and is not inside it. */
    private void move(EObject ourElement, EObject theirElement) {
        String parentId = ModelIndex.id(ModelIndex.parent(theirElement));
        EObject parent = merged.get(parentId);
        if (parent == null || parent == ourElement || EcoreUtil.isAncestor(ourElement, parent)) {
            conflict(Kind.REFERENCE_TO_DELETED, ourElement, theirElement.eContainmentFeature().getName(),
                    ModelIndex.label(ModelIndex.parent(ourElement)), ModelIndex.label(ModelIndex.parent(ourElement)),
                    ModelIndex.label(ModelIndex.parent(theirElement)));
            return;
        }
        EObject container = ourElement.eContainer();
        EStructuralFeature feature = ourElement.eContainingFeature();
        int index = feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(ourElement) : -1;
        EcoreUtil.remove(ourElement);
        if (place(parent, theirElement, ourElement)) {
            applied++;
        } else if (index >= 0) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) container.eGet(feature);
            list.add(index, ourElement);
        } else {
            container.eSet(feature, ourElement);
        }
    }

    /**
     * Puts an element into a parent, in the feature and after the sibling it follows on their
     * side (or first, when it follows none that we have).
     *
     * @return whether it could be placed (a single-valued place may already be taken)
     */
    private boolean place(EObject parent, EObject theirElement, EObject element) {
        EStructuralFeature feature = parent.eClass().getEStructuralFeature(theirElement.eContainingFeature().getName());
        if (!(feature instanceof EReference reference) || !reference.isContainment()
                || !reference.getEReferenceType().isInstance(element)) {
            conflict(Kind.BOTH_CHANGED, parent, theirElement.eContainingFeature().getName(), null, ModelIndex.label(parent),
                    ModelIndex.label(theirElement));
            return false;
        }
        if (!feature.isMany()) {
            Object present = parent.eGet(feature);
            if (present != null) {
                conflict(Kind.BOTH_CHANGED, parent, feature.getName(), null, ModelIndex.label((EObject) present),
                        ModelIndex.label(theirElement));
                return false;
            }
            parent.eSet(feature, element);
            return true;
        }
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) parent.eGet(feature);
        List<?> theirSiblings = (List<?>) theirElement.eContainer().eGet(theirElement.eContainingFeature());
        for (int i = theirSiblings.indexOf(theirElement) - 1; i >= 0; i--) {
            String previousId = ModelIndex.id((EObject) theirSiblings.get(i));
            EObject previous = previousId == null ? null : merged.get(previousId);
            if (previous != null && previous.eContainer() == parent && previous.eContainingFeature() == feature) {
                list.add(list.indexOf(previous) + 1, element);
                return true;
            }
        }
        list.add(0, element);
        return true;
    }

    /**
     * Gives our element their value of a feature: attributes as they are, references to the
     * merged elements with the same ids, contained objects copied.
     */
    private void take(EObject ourElement, EObject theirElement, EStructuralFeature feature, Object before) {
        if (!theirElement.eIsSet(feature)) {
            ourElement.eUnset(feature);
            return;
        }
        Object value = theirElement.eGet(feature);
        if (feature instanceof EAttribute) {
            ourElement.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
        } else if (ModelIndex.isContainedValue(feature)) {
            if (feature.isMany()) {
                List<EObject> copies = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    copies.add(copy((EObject) item));
                }
                ourElement.eSet(feature, copies);
            } else {
                ourElement.eSet(feature, copy((EObject) value));
            }
        } else if (feature.isMany()) {
            List<EObject> targets = new ArrayList<>();
            for (Object item : (List<?>) value) {
                EObject target = counterpart(ourElement, feature, (EObject) item, before);
                if (target != null) {
                    targets.add(target);
                }
            }
            ourElement.eSet(feature, targets);
        } else {
            EObject target = counterpart(ourElement, feature, (EObject) value, before);
            if (target != null) {
                ourElement.eSet(feature, target);
            }
        }
    }

    /**
     * Both sides changed a list of references: ours, less what they removed, plus what they
     * added.
     */
    private void combine(EObject ourElement, EObject theirElement, EStructuralFeature feature, Object before, Object theirValue) {
        List<?> baseIds = before == null ? List.of() : (List<?>) before;
        List<?> theirIds = (List<?>) theirValue;
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) ourElement.eGet(feature);
        Set<Object> removed = new HashSet<>(baseIds);
        removed.removeAll(theirIds);
        list.removeIf(target -> removed.contains(ModelIndex.id(target)));
        Set<Object> known = new HashSet<>(baseIds);
        for (Object item : (List<?>) theirElement.eGet(feature)) {
            EObject theirTarget = (EObject) item;
            if (!known.contains(ModelIndex.id(theirTarget))) {
                EObject target = counterpart(ourElement, feature, theirTarget, before);
                if (target != null && !list.contains(target)) {
                    list.add(target);
                }
            }
        }
    }

    /** @return the merged element a reference of theirs points to, or null (a conflict) when we deleted it */
    private EObject counterpart(EObject ourElement, EStructuralFeature feature, EObject theirTarget, Object before) {
        String id = ModelIndex.id(theirTarget);
        EObject target = id == null ? null : merged.get(id);
        if (target == null && theirTarget.eIsProxy()) {
            // An element in another file of the model: the reference stays a reference into it.
            target = EcoreUtil.create(theirTarget.eClass());
            ((InternalEObject) target).eSetProxyURI(((InternalEObject) theirTarget).eProxyURI());
        }
        if (target == null) {
            conflict(Kind.REFERENCE_TO_DELETED, ourElement, feature.getName(), ModelDiff.show(before, feature, base),
                    ModelDiff.show(ModelIndex.value(ourElement, feature), feature, ours),
                    ModelIndex.label(theirTarget) + " (" + id + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return target;
    }

    /** Copies a contained object of theirs, its references pointing into the merged model. */
    private EObject copy(EObject theirObject) {
        EObject copy = EcoreUtil.copy(theirObject);
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(Collections.singleton(copy)); all.hasNext();) {
            EObject object = all.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
                        || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> targets = (EList<EObject>) object.eGet(reference);
                    List<EObject> relinked = new ArrayList<>();
                    for (EObject target : targets) {
                        EObject counterpart = target.eIsProxy() ? target : merged.get(ModelIndex.id(target));
                        if (counterpart != null) {
                            relinked.add(counterpart);
                        }
                    }
                    object.eSet(reference, relinked);
                } else {
                    EObject target = (EObject) object.eGet(reference);
                    String id = ModelIndex.id(target);
                    EObject counterpart = target.eIsProxy() ? target : id == null ? null : merged.get(id);
                    if (counterpart == null) {
                        object.eUnset(reference);
                    } else {
                        object.eSet(reference, counterpart);
                    }
                }
            }
        }
        return copy;
    }

    // --- deletions --------------------------------------------------------------------------

    /** Deletes what they deleted, unless we changed it, something in it, or now refer to it. */
    private void applyTheirDeletions() {
        List<EObject> candidates = new ArrayList<>();
        for (String id : base.ids()) {
            if (!theirs.contains(id) && merged.containsKey(id)) {
                candidates.add(merged.get(id));
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<EObject, List<EObject[]>> incoming = incomingReferences(candidates);
        Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EObject> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject element : candidates) {
            if (element.eResource() != result || kept.contains(element) || isInside(element, kept)) {
                continue;
            }
            String reason = ourChangeInside(element, incoming);
            if (reason != null) {
                conflict(Kind.CHANGED_BY_US_DELETED_BY_THEM, element, null, "present", reason, "deleted"); //$NON-NLS-1$ //$NON-NLS-2$
                kept.add(element);
                continue;
            }
            deleted.add(element);
            for (TreeIterator<EObject> inside = element.eAllContents(); inside.hasNext();) {
                deleted.add(inside.next());
            }
            EcoreUtil.remove(element);
            merged.remove(ModelIndex.id(element));
            applied++;
        }
        if (!deleted.isEmpty()) {
            removeReferencesTo(deleted);
        }
    }

    private static boolean isInside(EObject element, Set<EObject> kept) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (kept.contains(container)) {
                return true;
            }
        }
        return false;
    }

    /** @return what we changed in or about an element they deleted, or null when nothing */
    private String ourChangeInside(EObject element, Map<EObject, List<EObject[]>> incoming) {
        List<EObject> subtree = new ArrayList<>();
        subtree.add(element);
        element.eAllContents().forEachRemaining(subtree::add);
        for (EObject inside : subtree) {
            String id = ModelIndex.id(inside);
            if (id == null) {
                continue;
            }
            EObject baseElement = base.get(id);
            if (baseElement == null) {
                return "added " + ModelIndex.label(inside) + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (theirs.contains(id) || changed(baseElement, inside)) {
                return describeChange(baseElement, inside, ours);
            }
            for (EObject[] reference : incoming.getOrDefault(inside, List.of())) {
                EObject referrer = reference[0];
                String referrerId = ModelIndex.id(referrer);
                EObject baseReferrer = referrerId == null ? null : base.get(referrerId);
                EStructuralFeature feature = referrer.eClass().getEStructuralFeature(((EReference) reference[1]).getName());
                if (baseReferrer != null && baseReferrer.eClass() == referrer.eClass()) {
                    Object before = ModelIndex.value(baseReferrer, feature);
                    boolean referredBefore = before instanceof List<?> list ? list.contains(id) : id.equals(before);
                    if (!referredBefore && !isInside(referrer, Set.of(element)) && referrer != element) {
                        return "referred to by " + ModelIndex.label(referrer) + " (" + referrerId + ") " + feature.getName(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                }
            }
        }
        return null;
    }

    /** @return for each candidate and everything in it, the (referrer, reference) pairs pointing at it */
    private Map<EObject, List<EObject[]>> incomingReferences(List<EObject> candidates) {
        Set<EObject> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject candidate : candidates) {
            targets.add(candidate);
            candidate.eAllContents().forEachRemaining(targets::add);
        }
        Map<EObject, List<EObject[]>> incoming = new IdentityHashMap<>();
        forEachReference((referrer, reference, target) -> {
            if (targets.contains(target)) {
                incoming.computeIfAbsent(target, t -> new ArrayList<>()).add(new EObject[] { referrer, reference });
            }
        });
        return incoming;
    }

    private void removeReferencesTo(Set<EObject> deleted) {
        List<Object[]> dangling = new ArrayList<>();
        forEachReference((referrer, reference, target) -> {
            if (deleted.contains(target)) {
                dangling.add(new Object[] { referrer, reference, target });
            }
        });
        for (Object[] reference : dangling) {
            EObject referrer = (EObject) reference[0];
            EReference feature = (EReference) reference[1];
            if (feature.isMany()) {
                ((List<?>) referrer.eGet(feature)).remove(reference[2]);
            } else {
                referrer.eUnset(feature);
            }
        }
    }

    /** What to do with each reference from one object to another. */
    @FunctionalInterface
    private interface ReferenceVisitor {
        void visit(EObject referrer, EReference reference, EObject target);
    }

    private void forEachReference(ReferenceVisitor visitor) {
        for (TreeIterator<EObject> all = result.getAllContents(); all.hasNext();) {
            EObject referrer = all.next();
            for (EReference reference : referrer.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !referrer.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    for (Object target : (List<?>) referrer.eGet(reference)) {
                        visitor.visit(referrer, reference, (EObject) target);
                    }
                } else {
                    visitor.visit(referrer, reference, (EObject) referrer.eGet(reference));
                }
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    /** @return whether an element differs from its common version: class, place or any feature */
    private static boolean changed(EObject baseElement, EObject element) {
        if (baseElement.eClass() != element.eClass() || !Objects.equals(ModelIndex.place(baseElement), ModelIndex.place(element))) {
            return true;
        }
        for (EStructuralFeature feature : ModelIndex.comparedFeatures(element.eClass())) {
            if (!Objects.equals(ModelIndex.value(baseElement, feature), ModelIndex.value(element, feature))) {
                return true;
            }
        }
        return false;
    }

    /** @return the first difference of an element from its common version, as a person reads it */
    private static String describeChange(EObject baseElement, EObject element, ModelIndex side) {
        if (baseElement.eClass() != element.eClass()) {
            return "type " + element.eClass().getName(); //$NON-NLS-1$
        }
        if (!Objects.equals(ModelIndex.place(baseElement), ModelIndex.place(element))) {
            return "moved to " + ModelIndex.label(ModelIndex.parent(element)); //$NON-NLS-1$
        }
        for (EStructuralFeature feature : ModelIndex.comparedFeatures(element.eClass())) {
            Object value = ModelIndex.value(element, feature);
            if (!Objects.equals(ModelIndex.value(baseElement, feature), value)) {
                return feature.getName() + " = " + ModelDiff.show(value, feature, side); //$NON-NLS-1$
            }
        }
        return "changed"; //$NON-NLS-1$
    }

    private void conflict(Kind kind, EObject element, String feature, String before, String ourValue, String theirValue) {
        conflicts.add(new MergeConflict(kind, ModelIndex.id(element), element.eClass().getName(), ModelIndex.name(element), feature,
                before, ourValue, theirValue));
    }
}
