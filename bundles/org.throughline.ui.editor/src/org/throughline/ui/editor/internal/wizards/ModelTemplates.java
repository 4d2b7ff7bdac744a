// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

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
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Tier;
import org.throughline.ui.editor.internal.Messages;

/** The models a new model file can start from. */
public enum ModelTemplates {

    /** Nothing but the model. */
    EMPTY,
    /**
     * A delivery chain from a central department through a provider to the people served: a
     * priority with its SRO and outcome, tiers, organisations, links and the chain itself, for
     * the modeller to rename and extend.
     */
    DELIVERY_CHAIN;

    /** @return the template's name, for the wizard */
    public String label() {
        return this == EMPTY ? Messages.template_empty : Messages.template_chain;
    }

    /** @return a sentence on what the template holds */
    public String description() {
        return this == EMPTY ? Messages.template_emptyDescription : Messages.template_chainDescription;
    }

    /**
     * @param name the model's name
     * @return a new model from this template (ids are given when it is added to a resource)
     */
    public Model create(String name) {
        ThroughlineFactory factory = ThroughlineFactory.eINSTANCE;
        Model model = factory.createModel();
        model.setName(name);
        if (this == EMPTY) {
            return model;
        }
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
        return model;
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

    private static Link link(Folder folder, String name, org.throughline.model.Actor source, org.throughline.model.Actor target,
            LinkKind kind) {
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
