// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.throughline.team.internal.Messages;

/**
 * Resolving the conflicts a merge left in a model: for each, our side (kept already), their side,
 * or a value the modeller types, made into one EMF command on the model's editing domain, so that
 * the whole resolution is one step to undo.
 */
public final class ConflictResolution {

    /** What the modeller chose for a conflict. */
    public enum Choice {
        /** Keep our side, which the merged model already holds. */
        OURS,
        /** Take their side. */
        THEIRS,
        /** Give the feature a value typed by the modeller. */
        EDIT
    }

    /**
     * A decision about one conflict.
     *
     * @param conflict the conflict
     * @param choice   what to do
     * @param value    for {@link Choice#EDIT}, the value as typed; otherwise {@code null}
     */
    public record Decision(MergeConflict conflict, Choice choice, String value) {
    }

    private ConflictResolution() {
    }

    /**
     * @param conflict a conflict
     * @return whether their side can be taken in the workbench (a reordering, a change of type or a
     *         reference to an element we deleted must be edited by hand)
     */
    public static boolean canTakeTheirs(MergeConflict conflict) {
        return switch (conflict.kind()) {
        case BOTH_CHANGED -> conflict.feature() != null && conflict.feature().indexOf(' ') < 0 && !"type".equals(conflict.feature()); //$NON-NLS-1$
        case CHANGED_BY_US_DELETED_BY_THEM, DELETED_BY_US_CHANGED_BY_THEM, BOTH_MOVED -> true;
        case REFERENCE_TO_DELETED -> false;
        };
    }

    /**
     * @param conflict a conflict
     * @param merged   the merged model
     * @return whether a value can be typed for it: a feature holding one value of text, a number,
     *         a date or a choice
     */
    public static boolean canEdit(MergeConflict conflict, Resource merged) {
        EObject element = ModelIndex.of(merged).get(conflict.id());
        EStructuralFeature feature = element == null || conflict.feature() == null ? null
                : element.eClass().getEStructuralFeature(conflict.feature());
        return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.isChangeable();
    }

    /**
     * Makes one command of the decisions: executed on the editing domain's command stack, it
     * resolves them all; undone, it puts the model back as the merge left it.
     *
     * @param domain    the editing domain of the merged model
     * @param merged    the merged model's resource (our side kept in every conflict)
     * @param theirs    their version of the model
     * @param decisions the decisions; those that keep our side change nothing
     * @return the command, or {@code null} when every decision keeps our side
     * @throws TeamException when a decision cannot be carried out (the sentence names the element)
     */
    public static Command command(EditingDomain domain, Resource merged, ModelIndex theirs, Collection<Decision> decisions)
            throws TeamException {
        ModelIndex ours = ModelIndex.of(merged);
        CompoundCommand compound = new CompoundCommand(Messages.resolve_label);
        for (Decision decision : decisions) {
            Command command = switch (decision.choice()) {
            case OURS -> null;
            case THEIRS -> theirs(domain, ours, theirs, decision.conflict());
            case EDIT -> edit(domain, ours, decision.conflict(), decision.value());
            };
            if (command != null) {
                if (!command.canExecute()) {
                    throw new TeamException(Messages.bind(Messages.resolve_cannot, element(decision.conflict())));
                }
                compound.append(command);
            }
        }
        return compound.isEmpty() ? null : compound;
    }

    private static Command theirs(EditingDomain domain, ModelIndex ours, ModelIndex theirs, MergeConflict conflict) throws TeamException {
        if (!canTakeTheirs(conflict)) {
            throw new TeamException(Messages.bind(Messages.resolve_noTheirs, element(conflict)));
        }
        EObject ourElement = ours.get(conflict.id());
        EObject theirElement = theirs.get(conflict.id());
        switch (conflict.kind()) {
        case CHANGED_BY_US_DELETED_BY_THEM:
            return ourElement == null ? null : DeleteCommand.create(domain, ourElement);
        case DELETED_BY_US_CHANGED_BY_THEM:
            return restore(domain, ours, theirElement, conflict);
        case BOTH_MOVED:
            return move(domain, ours, ourElement, theirElement, conflict);
        default:
            break;
        }
        if (ourElement == null || theirElement == null) {
            throw new TeamException(Messages.bind(Messages.resolve_gone, element(conflict)));
        }
        EStructuralFeature feature = ourElement.eClass().getEStructuralFeature(conflict.feature());
        if (feature == null) {
            throw new TeamException(Messages.bind(Messages.resolve_noTheirs, element(conflict)));
        }
        if (!theirElement.eIsSet(feature)) {
            return SetCommand.create(domain, ourElement, feature, SetCommand.UNSET_VALUE);
        }
        Object value = theirElement.eGet(feature);
        Object ourValue;
        if (feature instanceof EAttribute) {
            ourValue = feature.isMany() ? new ArrayList<>((List<?>) value) : value;
        } else if (ModelIndex.isContainedValue(feature)) {
            if (feature.isMany()) {
                List<EObject> copies = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    copies.add(copy(ours, (EObject) item));
                }
                ourValue = copies;
            } else {
                ourValue = copy(ours, (EObject) value);
            }
        } else if (feature.isMany()) {
            List<EObject> targets = new ArrayList<>();
            for (Object item : (List<?>) value) {
                targets.add(counterpart(ours, (EObject) item, conflict));
            }
            ourValue = targets;
        } else {
            ourValue = counterpart(ours, (EObject) value, conflict);
        }
        return SetCommand.create(domain, ourElement, feature, ourValue);
    }

    private static Command edit(EditingDomain domain, ModelIndex ours, MergeConflict conflict, String text) throws TeamException {
        EObject element = ours.get(conflict.id());
        EStructuralFeature feature = element == null || conflict.feature() == null ? null
                : element.eClass().getEStructuralFeature(conflict.feature());
        if (!(feature instanceof EAttribute attribute) || attribute.isMany()) {
            throw new TeamException(Messages.bind(Messages.resolve_noEdit, element(conflict)));
        }
        if (text == null || text.isEmpty()) {
            return SetCommand.create(domain, element, feature, SetCommand.UNSET_VALUE);
        }
        Object value;
        try {
            value = EcoreUtil.createFromString(attribute.getEAttributeType(), text.trim());
        } catch (RuntimeException e) {
            throw new TeamException(Messages.bind(Messages.resolve_badValue, new Object[] { text, conflict.feature(), element(conflict) }),
                    e);
        }
        return SetCommand.create(domain, element, feature, value);
    }

    /** Puts back an element we deleted and they changed, as they have it, where they have it. */
    private static Command restore(EditingDomain domain, ModelIndex ours, EObject theirElement, MergeConflict conflict)
            throws TeamException {
        if (theirElement == null) {
            throw new TeamException(Messages.bind(Messages.resolve_gone, element(conflict)));
        }
        EObject theirParent = ModelIndex.parent(theirElement);
        EObject parent = theirParent == null ? null : ours.get(ModelIndex.id(theirParent));
        if (parent == null || parent.eClass() != theirParent.eClass()) {
            throw new TeamException(Messages.bind(Messages.resolve_noParent, element(conflict)));
        }
        EReference containment = theirElement.eContainmentFeature();
        EObject copy = copy(ours, theirElement);
        if (!containment.isMany()) {
            return SetCommand.create(domain, parent, containment, copy);
        }
        int index = Math.min(((List<?>) theirParent.eGet(containment)).indexOf(theirElement), ((List<?>) parent.eGet(containment)).size());
        return AddCommand.create(domain, parent, containment, copy, index);
    }

    /** Moves our element to the parent they moved it to. */
    private static Command move(EditingDomain domain, ModelIndex ours, EObject ourElement, EObject theirElement, MergeConflict conflict)
            throws TeamException {
        if (ourElement == null || theirElement == null) {
            throw new TeamException(Messages.bind(Messages.resolve_gone, element(conflict)));
        }
        EObject theirParent = ModelIndex.parent(theirElement);
        EObject parent = theirParent == null ? null : ours.get(ModelIndex.id(theirParent));
        EReference containment = theirElement.eContainmentFeature();
        if (parent == null || parent == ourElement || EcoreUtil.isAncestor(ourElement, parent) || !containment.isMany()
                || parent.eClass().getEStructuralFeature(containment.getName()) != containment) {
            throw new TeamException(Messages.bind(Messages.resolve_noParent, element(conflict)));
        }
        CompoundCommand move = new CompoundCommand();
        move.append(RemoveCommand.create(domain, ourElement.eContainer(), ourElement.eContainmentFeature(), ourElement));
        move.append(AddCommand.create(domain, parent, containment, ourElement));
        return move;
    }

    private static EObject counterpart(ModelIndex ours, EObject theirTarget, MergeConflict conflict) throws TeamException {
        EObject target = ours.get(ModelIndex.id(theirTarget));
        if (target == null) {
            throw new TeamException(Messages.bind(Messages.resolve_refersToDeleted, element(conflict), ModelIndex.label(theirTarget)));
        }
        return target;
    }

    /** Copies an object of theirs; references outside it point to our elements of the same id, or are dropped. */
    private static EObject copy(ModelIndex ours, EObject theirObject) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(theirObject);
        copier.copyReferences();
        Map<EObject, EObject> copies = copier;
        java.util.Set<EObject> inside = new java.util.HashSet<>(copies.values());
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(copy)); all.hasNext();) {
            EObject object = all.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
                        || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    List<EObject> relinked = new ArrayList<>();
                    for (Object target : (List<?>) object.eGet(reference)) {
                        EObject ourTarget = inside.contains(target) ? (EObject) target : ours.get(ModelIndex.id((EObject) target));
                        if (ourTarget != null) {
                            relinked.add(ourTarget);
                        }
                    }
                    object.eSet(reference, relinked);
                } else {
                    EObject target = (EObject) object.eGet(reference);
                    EObject ourTarget = inside.contains(target) ? target : ours.get(ModelIndex.id(target));
                    if (ourTarget == null) {
                        object.eUnset(reference);
                    } else {
                        object.eSet(reference, ourTarget);
                    }
                }
            }
        }
        return copy;
    }

    private static String element(MergeConflict conflict) {
        return conflict.name() == null ? conflict.type() + " " + conflict.id() : conflict.type() + " \"" + conflict.name() + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
