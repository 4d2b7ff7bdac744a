// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Programme;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Tier;
import org.throughline.ui.editor.internal.Messages;

/**
 * The models a new model file can start from. Each but the empty one comes with its diagrams
 * ({@link #diagrams(Model)}), written beside the model so that the editor opens on the first,
 * ready to draw in.
 */
public enum ModelTemplates {

    /** Three tiers and an empty delivery chain, drawn on a Delivery Chain diagram. */
    DELIVERY_CHAIN(Messages.template_chain, Messages.template_chainDescription),
    /** A service with its owner and users, drawn on a Service Flow diagram. */
    SERVICE_FLOW(Messages.template_serviceFlow, Messages.template_serviceFlowDescription),
    /** A programme, drawn on a Dependencies diagram. */
    PORTFOLIO(Messages.template_portfolio, Messages.template_portfolioDescription),
    /**
     * A delivery chain from a central department through a provider to the people served: a
     * priority with its SRO and outcome, tiers, organisations, links and the chain itself, for
     * the modeller to rename and extend.
     */
    STARTER_CHAIN(Messages.template_starter, Messages.template_starterDescription),
    /** Nothing but the model. */
    EMPTY(Messages.template_empty, Messages.template_emptyDescription);

    /** The Delivery Chain viewpoint's diagram. */
    static final String DELIVERY_CHAIN_DIAGRAM = "delivery-chain"; //$NON-NLS-1$
    /** The Outcome Map viewpoint's diagram. */
    static final String OUTCOME_MAP_DIAGRAM = "outcome-map"; //$NON-NLS-1$
    /** The Service Flow viewpoint's diagram. */
    static final String SERVICE_FLOW_DIAGRAM = "service-flow"; //$NON-NLS-1$
    /** The Dependencies viewpoint's diagram. */
    static final String DEPENDENCIES_DIAGRAM = "dependencies"; //$NON-NLS-1$

    /**
     * A diagram a template comes with.
     *
     * @param descriptionId the id of the viewpoint's diagram description
     * @param root          the element it is drawn for
     */
    public record StartingDiagram(String descriptionId, EObject root) {
    }

    private final String label;
    private final String description;

    ModelTemplates(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** @return the template's name, for the wizard */
    public String label() {
        return label;
    }

    /** @return a sentence on what the template holds */
    public String description() {
        return description;
    }

    /**
     * @param name the model's name
     * @return a new model from this template (ids are given when it is added to a resource)
     */
    public Model create(String name) {
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        model.setName(name);
        switch (this) {
            case DELIVERY_CHAIN -> blankChain(model, name);
            case SERVICE_FLOW -> serviceFlow(model);
            case PORTFOLIO -> portfolio(model);
            case STARTER_CHAIN -> starterChain(model);
            default -> {
                // EMPTY: nothing but the model
            }
        }
        return model;
    }

    /**
     * @param model a model made by {@link #create(String)} of this template
     * @return the diagrams it comes with, the one to open first first
     */
    public List<StartingDiagram> diagrams(Model model) {
        return switch (this) {
            case DELIVERY_CHAIN, STARTER_CHAIN -> List.of(new StartingDiagram(DELIVERY_CHAIN_DIAGRAM, first(model, DeliveryChain.class)),
                    new StartingDiagram(OUTCOME_MAP_DIAGRAM, model));
            case SERVICE_FLOW -> List.of(new StartingDiagram(SERVICE_FLOW_DIAGRAM, first(model, Service.class)));
            case PORTFOLIO -> List.of(new StartingDiagram(DEPENDENCIES_DIAGRAM, model), new StartingDiagram(OUTCOME_MAP_DIAGRAM, model));
            case EMPTY -> List.of();
        };
    }

    private static <T extends EObject> T first(Model model, Class<T> type) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new IllegalStateException(type.getSimpleName());
    }

    /** Folders for purpose and for who delivers, three tiers, and an empty chain named after the model. */
    private static void blankChain(Model model, String name) {
        folder(model, Messages.template_purpose);
        Folder who = folder(model, Messages.template_who);
        Folder chainFolder = folder(model, Messages.template_chainFolder);
        tier(who, Messages.template_tierCentre, 0);
        tier(who, Messages.template_tierDelivery, 1);
        tier(who, Messages.template_tierPeople, 2);
        DeliveryChain chain = ThroughlineFactory.eINSTANCE.createDeliveryChain();
        chain.setName(name);
        chainFolder.getElements().add(chain);
    }

    private static void serviceFlow(Model model) {
        ThroughlineFactory factory = ThroughlineFactory.eINSTANCE;
        Folder who = folder(model, Messages.template_who);
        Folder services = folder(model, Messages.template_servicesFolder);
        Role owner = factory.createRole();
        owner.setName(Messages.template_serviceOwner);
        owner.setKind(RoleKind.SERVICE_OWNER);
        who.getElements().add(owner);
        BeneficiaryGroup users = factory.createBeneficiaryGroup();
        users.setName(Messages.template_serviceUsers);
        who.getElements().add(users);
        Service service = factory.createService();
        service.setName(Messages.template_serviceName);
        service.setOwner(owner);
        service.getUsers().add(users);
        services.getElements().add(service);
    }

    private static void portfolio(Model model) {
        folder(model, Messages.template_purpose);
        Folder portfolio = folder(model, Messages.template_portfolioFolder);
        Programme programme = ThroughlineFactory.eINSTANCE.createProgramme();
        programme.setName(Messages.template_programme);
        portfolio.getElements().add(programme);
    }

    private static void starterChain(Model model) {
        ThroughlineFactory factory = ThroughlineFactory.eINSTANCE;
        Folder purpose = folder(model, Messages.template_purpose);
        Folder who = folder(model, Messages.template_who);
        Folder chainFolder = folder(model, Messages.template_chainFolder);

        Tier centre = tier(who, Messages.template_tierCentre, 0);
        Tier delivery = tier(who, Messages.template_tierDelivery, 1);
        Tier people = tier(who, Messages.template_tierPeople, 2);

        Organisation department = factory.createOrganisation();
        department.setName(Messages.template_department);
        department.setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        department.setTier(centre);
        who.getElements().add(department);
        Organisation provider = factory.createOrganisation();
        provider.setName(Messages.template_provider);
        provider.setKind(OrganisationKind.PROVIDER);
        provider.setTier(delivery);
        who.getElements().add(provider);
        BeneficiaryGroup citizens = factory.createBeneficiaryGroup();
        citizens.setName(Messages.template_citizens);
        citizens.setTier(people);
        who.getElements().add(citizens);
        Role sro = factory.createRole();
        sro.setName(Messages.template_sro);
        sro.setKind(RoleKind.SRO);
        sro.setOrganisation(department);
        sro.setTier(centre);
        who.getElements().add(sro);

        Outcome outcome = factory.createOutcome();
        outcome.setName(Messages.template_outcome);
        outcome.setOwner(sro);
        outcome.getBeneficiaries().add(citizens);
        purpose.getElements().add(outcome);
        Priority priority = factory.createPriority();
        priority.setName(Messages.template_priority);
        priority.setOwner(sro);
        priority.setLeadOrganisation(department);
        priority.getOutcomes().add(outcome);
        purpose.getElements().add(priority);

        Link funding = link(chainFolder, Messages.template_funding, department, provider, LinkKind.FUNDING);
        Link service = link(chainFolder, Messages.template_service, provider, citizens, LinkKind.SUPPORT);
        DeliveryChain chain = factory.createDeliveryChain();
        chain.setName(Messages.template_chainName);
        chain.setPriority(priority);
        chain.setOutcome(outcome);
        chain.getActors().add(department);
        chain.getActors().add(provider);
        chain.getActors().add(citizens);
        chain.getLinks().add(funding);
        chain.getLinks().add(service);
        chainFolder.getElements().add(chain);
    }

    private static Folder folder(Model model, String name) {
        Folder folder = ThroughlineFactory.eINSTANCE.createFolder();
        folder.setName(name);
        model.getFolders().add(folder);
        return folder;
    }

    private static Tier tier(Folder folder, String name, int level) {
        Tier tier = ThroughlineFactory.eINSTANCE.createTier();
        tier.setName(name);
        tier.setLevel(level);
        folder.getElements().add(tier);
        return tier;
    }

    private static Link link(Folder folder, String name, Actor source, Actor target, LinkKind kind) {
        Link link = ThroughlineFactory.eINSTANCE.createLink();
        link.setName(name);
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setStrength(LinkStrength.UNKNOWN);
        folder.getElements().add(link);
        return link;
    }
}
