// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.throughline.model.Action;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.validation.api.Validator;

/**
 * The quick fixes the workbench offers on validation findings, each an EMF command (so it can be
 * undone). A rule names its fix with the {@code quickFix} attribute of its contribution; rules of
 * the built-in catalogue that name none get the fix listed here for their id.
 */
public final class QuickFixes {

    /** Judge the strength of a link. */
    public static final String JUDGE_STRENGTH = "org.throughline.fix.judge-link-strength"; //$NON-NLS-1$
    /** Make a role of the model the owner. */
    public static final String SET_OWNER = "org.throughline.fix.set-owner"; //$NON-NLS-1$
    /** Make a senior responsible owner (a role of kind SRO) the owner. */
    public static final String SET_SRO = "org.throughline.fix.set-sro"; //$NON-NLS-1$
    /** Give an action a due date. */
    public static final String SET_DUE_DATE = "org.throughline.fix.set-due-date"; //$NON-NLS-1$
    /** Delete the element. */
    public static final String DELETE = "org.throughline.fix.delete"; //$NON-NLS-1$
    /** Name an unnamed element after its type. */
    public static final String NAME = "org.throughline.fix.name"; //$NON-NLS-1$

    private static final int MAX_CHOICES = 8;

    private static final Map<String, String> FIX_OF_RULE = Map.of(
            "chain.unknown-strength", JUDGE_STRENGTH, //$NON-NLS-1$
            "accountability.priority-sro", SET_SRO, //$NON-NLS-1$
            "accountability.service-owner", SET_OWNER, //$NON-NLS-1$
            "accountability.outcome-owner", SET_OWNER, //$NON-NLS-1$
            "accountability.action-owner", SET_OWNER, //$NON-NLS-1$
            "accountability.action-due-date", SET_DUE_DATE, //$NON-NLS-1$
            "structure.self-link", DELETE, //$NON-NLS-1$
            "structure.unnamed", NAME); //$NON-NLS-1$

    /**
     * One way to fix a finding.
     *
     * @param label       what it does, for the quick-fix list
     * @param description a sentence more
     * @param command     builds the command on the element at fault (targets found again by id,
     *                    so the fix works on the model open in the editor)
     */
    public record Fix(String label, String description, BiFunction<EditingDomain, EObject, Command> command) {
    }

    private QuickFixes() {
    }

    /**
     * @param ruleId   the rule that found the problem
     * @param declared the quick-fix id the rule declares, or {@code null}
     * @return the fix id to use, or {@code null} when there is none
     */
    public static String fixId(String ruleId, String declared) {
        if (declared != null && !declared.isBlank()) {
            return declared;
        }
        return ruleId == null ? null : FIX_OF_RULE.get(ruleId);
    }

    /**
     * @param fixId a fix id
     * @return what its fixes do, in a few words, for a list of problems ("Judge the strength")
     */
    public static String summary(String fixId) {
        return switch (fixId) {
            case JUDGE_STRENGTH -> Messages.fix_summaryJudge;
            case SET_OWNER -> Messages.fix_summaryOwner;
            case SET_SRO -> Messages.fix_summarySro;
            case SET_DUE_DATE -> Messages.fix_summaryDueDate;
            case DELETE -> Messages.fix_delete;
            case NAME -> Messages.fix_summaryName;
            default -> Messages.fix_summaryOther;
        };
    }

    /**
     * @param fixId   a fix id
     * @param element the element at fault
     * @return the ways to fix it (none when the id is unknown or nothing fits)
     */
    public static List<Fix> fixes(String fixId, EObject element) {
        if (fixId == null || element == null) {
            return List.of();
        }
        return switch (fixId) {
            case JUDGE_STRENGTH -> judgeStrength(element);
            case SET_OWNER -> setOwner(element, false);
            case SET_SRO -> setOwner(element, true);
            case SET_DUE_DATE -> setDueDate(element);
            case DELETE -> List.of(new Fix(Messages.fix_delete, Messages.fix_deleteDescription,
                    (domain, e) -> DeleteCommand.create(domain, List.of(e))));
            case NAME -> name(element);
            default -> List.of();
        };
    }

    private static List<Fix> judgeStrength(EObject element) {
        if (!(element instanceof Link)) {
            return List.of();
        }
        List<Fix> fixes = new ArrayList<>();
        for (LinkStrength strength : List.of(LinkStrength.STRONG, LinkStrength.ADEQUATE, LinkStrength.WEAK, LinkStrength.BROKEN)) {
            String label = NLS.bind(Messages.fix_judgeStrength, strength.getName().toLowerCase(Locale.ROOT));
            fixes.add(new Fix(label, Messages.fix_judgeStrengthDescription,
                    (domain, e) -> SetCommand.create(domain, e, ThroughlinePackage.Literals.LINK__STRENGTH, strength)));
        }
        return fixes;
    }

    private static List<Fix> setOwner(EObject element, boolean sroOnly) {
        EReference owner = element.eClass().getEStructuralFeature("owner") instanceof EReference reference ? reference : null; //$NON-NLS-1$
        Model model = model(element);
        if (owner == null || model == null) {
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof Role role && owner.getEReferenceType().isInstance(role) && (!sroOnly || role.getKind() == RoleKind.SRO)) {
                roles.add(role);
            }
        });
        RoleKind preferred = element instanceof Action ? RoleKind.DELIVERY_LEAD : RoleKind.SERVICE_OWNER;
        roles.sort(Comparator.comparing((Role r) -> r.getKind() != preferred).thenComparing(r -> label(r)));
        List<Fix> fixes = new ArrayList<>();
        for (Role role : roles.subList(0, Math.min(MAX_CHOICES, roles.size()))) {
            String id = role.getId();
            fixes.add(new Fix(NLS.bind(sroOnly ? Messages.fix_setSro : Messages.fix_setOwner, label(role)),
                    Messages.fix_setOwnerDescription,
                    (domain, e) -> SetCommand.create(domain, e, owner, e.eResource().getEObject(id))));
        }
        return fixes;
    }

    private static List<Fix> setDueDate(EObject element) {
        Model model = model(element);
        if (!(element instanceof Action) || model == null) {
            return List.of();
        }
        LocalDate due = Validator.asAt(model).plusWeeks(4);
        return List.of(new Fix(NLS.bind(Messages.fix_setDueDate, due), Messages.fix_setDueDateDescription,
                (domain, e) -> SetCommand.create(domain, e, ThroughlinePackage.Literals.ACTION__DUE_DATE, due)));
    }

    private static List<Fix> name(EObject element) {
        if (!(element instanceof Element)) {
            return List.of();
        }
        String name = NLS.bind(Messages.fix_newName, element.eClass().getName());
        return List.of(new Fix(NLS.bind(Messages.fix_name, name), Messages.fix_nameDescription,
                (domain, e) -> SetCommand.create(domain, e, ThroughlinePackage.Literals.ELEMENT__NAME, name)));
    }

    private static Model model(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root instanceof Model model ? model : null;
    }

    private static String label(Role role) {
        return role.getName() == null ? role.getId() : role.getName();
    }
}
