// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.ui.editor.internal.Messages;

/**
 * What a new element is given as it is created: a name to type over, the folder that holds its
 * kind, and the concern under which New Child offers it.
 */
public final class NewElements {

    /** The concerns New Child groups the kinds of element by, in the order of the menu. */
    public enum Concern {
        /** What we are trying to do. */
        DIRECTION(Messages.concern_direction, "Mission", "Priority", "Outcome", "OutcomeContribution", "Benefit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        /** Who delivers, and through which links. */
        DELIVERY(Messages.concern_delivery, "Organisation", "Role", "Person", "Team", "BeneficiaryGroup", "Tier", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "DeliveryChain", "Link"), //$NON-NLS-1$ //$NON-NLS-2$
        /** How we will know. */
        MEASUREMENT(Messages.concern_measurement, "Indicator", "Baseline", "Target", "Trajectory", "TrajectoryPoint", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "Observation"), //$NON-NLS-1$
        /** What delivery depends on: services, programmes and their dependencies. */
        SERVICES(Messages.concern_services, "Service", "ProcessStep", "UserJourney", "Programme", "Project", "Milestone", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "Dependency"), //$NON-NLS-1$
        /** Are we on track. */
        GOVERNANCE(Messages.concern_governance, "Stocktake", "Assessment", "CriterionRating", "Action", "Risk", "Issue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

        private final String label;
        private final String[] classes;

        Concern(String label, String... classes) {
            this.label = label;
            this.classes = classes;
        }

        /** @return the concern's name, for a menu */
        public String label() {
            return label;
        }
    }

    private static final Map<String, Concern> CONCERNS = new HashMap<>();

    static {
        for (Concern concern : Concern.values()) {
            for (String name : concern.classes) {
                CONCERNS.put(name, concern);
            }
        }
    }

    private NewElements() {
    }

    /**
     * @param type a class of the domain model
     * @return the concern it belongs to, or {@code null} for folders, properties and classes of extensions
     */
    public static Concern concern(EClass type) {
        return CONCERNS.get(type.getName());
    }

    /**
     * @param type a class of the domain model
     * @return the name a new element of it is given, for example "New process step"
     */
    public static String provisionalName(EClass type) {
        String words = type.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return NLS.bind(Messages.tree_newName, words);
    }

    /**
     * The folder where elements of a kind are kept in a model: the folder (at any depth) holding
     * the most elements of exactly that class.
     *
     * @param model the model
     * @param type  the class of a new element
     * @return that folder, or {@code null} when no folder holds one yet
     */
    public static Folder home(Model model, EClass type) {
        Map<Folder, Integer> counts = new HashMap<>();
        Folder best = null;
        int most = 0;
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next.eClass() == type && next.eContainer() instanceof Folder folder) {
                int count = counts.merge(folder, 1, Integer::sum);
                if (count > most) {
                    most = count;
                    best = folder;
                }
            }
            if (!(next instanceof Folder) && !(next instanceof Model) && next instanceof Element) {
                it.prune(); // elements live in folders and in the model; what they contain is not where a new one goes
            }
        }
        return best;
    }
}
