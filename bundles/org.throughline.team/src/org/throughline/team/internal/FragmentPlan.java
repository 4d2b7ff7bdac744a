// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.Actor;
import org.throughline.model.Concept;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.Mission;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Person;
import org.throughline.model.Priority;
import org.throughline.model.Role;
import org.throughline.model.Service;
import org.throughline.model.Team;

/**
 * Which fragment each element of a model goes to when it is split, by one of two rules.
 * <ul>
 * <li><b>By organisation</b>: one fragment per top-level organisation (one with no parent: a
 * department, an arm's-length body, a provider...), holding what that organisation carries:
 * <ul>
 * <li>the organisation and every organisation under it (by {@code parent});</li>
 * <li>roles and teams of those organisations, and people whose roles are all in them;</li>
 * <li>links whose source is one of those actors (the funder, commissioner, regulator...);</li>
 * <li>whatever has an owner among them: outcomes, benefits, indicators, services (or, without an
 * owner, their provider), programmes, projects, actions, risks, issues, support offers.</li>
 * </ul>
 * Everything else stays in the main model: folders, missions and priorities (the centre's), tiers,
 * the people served, delivery chains, dependencies, stocktakes and assessments, and elements
 * whose owner is not set or belongs to no organisation.</li>
 * <li><b>By folder</b>: one fragment per top-level folder of the model, holding the folder and
 * everything in it; elements filed directly in the model stay in the main model.</li>
 * </ul>
 * Elements inside another element (a service's steps, a programme's projects, an indicator's
 * observations) always stay with it.
 */
final class FragmentPlan {

    /** The name of the by-organisation rule. */
    static final String BY_ORGANISATION = "organisation"; //$NON-NLS-1$
    /** The name of the by-folder rule. */
    static final String BY_FOLDER = "folder"; //$NON-NLS-1$

    private final Map<EObject, String> fragmentOf = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    private FragmentPlan() {
    }

    /**
     * @param model the model
     * @param rule  {@link #BY_ORGANISATION} or {@link #BY_FOLDER}
     * @return the plan
     */
    static FragmentPlan of(Model model, String rule) {
        FragmentPlan plan = new FragmentPlan();
        if (BY_FOLDER.equals(rule)) {
            for (Folder folder : model.getFolders()) {
                plan.assign(folder, folder);
            }
        } else {
            plan.byOrganisation(model);
        }
        return plan;
    }

    /** @return each element that goes to a fragment, in the model's order, with its fragment's file name (no extension) */
    Map<EObject, String> fragmentOf() {
        return fragmentOf;
    }

    /** @return for each fragment's file name, the name of the organisation or folder it holds */
    Map<String, String> titles() {
        return titles;
    }

    private final Map<EObject, String> fileNames = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    private void assign(EObject element, EObject head) {
        String file = fileNames.computeIfAbsent(head, h -> {
            String name = h instanceof Concept concept ? concept.getName() : ((Folder) h).getName();
            String slug = slug(name);
            String unique = slug;
            for (int i = 2; !taken.add(unique); i++) {
                unique = slug + '-' + i;
            }
            titles.put(unique, name == null ? unique : name);
            return unique;
        });
        fragmentOf.put(element, file);
    }

    private void byOrganisation(Model model) {
        Map<Person, Set<Organisation>> organisationsOfPeople = new HashMap<>();
        for (EObject element : elements(model)) {
            if (element instanceof Role role && role.getHolder() != null) {
                organisationsOfPeople.computeIfAbsent(role.getHolder(), p -> new HashSet<>()).add(top(role.getOrganisation()));
            }
        }
        for (EObject element : elements(model)) {
            Organisation carrier = carrier(element, organisationsOfPeople);
            if (carrier != null) {
                assign(element, carrier);
            }
        }
    }

    /** @return the top-level organisation that carries an element, or null for the main model */
    private static Organisation carrier(EObject element, Map<Person, Set<Organisation>> organisationsOfPeople) {
        if (element instanceof Mission || element instanceof Priority) {
            return null;
        }
        if (element instanceof Actor actor) {
            return organisation(actor, organisationsOfPeople);
        }
        if (element instanceof Link link) {
            return link.getSource() == null ? null : organisation(link.getSource(), organisationsOfPeople);
        }
        EStructuralFeature ownerFeature = element.eClass().getEStructuralFeature("owner"); //$NON-NLS-1$
        Object owner = ownerFeature == null ? null : element.eGet(ownerFeature);
        if (owner instanceof Actor actor) {
            Organisation organisation = organisation(actor, organisationsOfPeople);
            if (organisation != null) {
                return organisation;
            }
        }
        if (element instanceof Service service && service.getProvider() != null) {
            return top(service.getProvider());
        }
        return null;
    }

    private static Organisation organisation(Actor actor, Map<Person, Set<Organisation>> organisationsOfPeople) {
        if (actor instanceof Organisation organisation) {
            return top(organisation);
        }
        if (actor instanceof Role role) {
            return top(role.getOrganisation());
        }
        if (actor instanceof Team team) {
            return top(team.getOrganisation());
        }
        if (actor instanceof Person person) {
            Set<Organisation> organisations = organisationsOfPeople.getOrDefault(person, Set.of());
            return organisations.size() == 1 ? organisations.iterator().next() : null;
        }
        return null;
    }

    /** @return the organisation at the top of an organisation's parents (itself when it has none) */
    private static Organisation top(Organisation organisation) {
        Organisation at = organisation;
        Set<Organisation> seen = new HashSet<>();
        while (at != null && at.getParent() != null && seen.add(at)) {
            at = at.getParent();
        }
        return at;
    }

    /** @return the concepts filed in the model and its folders, in the model's order */
    private static List<EObject> elements(Model model) {
        List<EObject> elements = new java.util.ArrayList<>(model.getElements());
        List<Folder> ordered = new java.util.ArrayList<>();
        collect(model.getFolders(), ordered);
        for (Folder folder : ordered) {
            elements.addAll(folder.getElements());
        }
        return elements;
    }

    private static void collect(List<Folder> folders, List<Folder> into) {
        for (Folder folder : folders) {
            into.add(folder);
            collect(folder.getFolders(), into);
        }
    }

    /** @return a file name for a name: lower-case letters and digits joined by hyphens */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return slug.isEmpty() ? "fragment" : slug; //$NON-NLS-1$
    }
}
