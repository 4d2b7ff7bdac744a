// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.util.ArrayList;
import java.util.List;

import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;

/**
 * Who is at the centre of a delivery chain. Routes from the centre to the people served, and who
 * the chain cannot do without, are worked out in one place: {@code org.throughline.analysis.api.Routes}.
 */
public final class Chains {

    private Chains() {
    }

    /**
     * @param chain a delivery chain
     * @return its actors at the centre: tier level 0, or central departments
     */
    public static List<Actor> centre(DeliveryChain chain) {
        List<Actor> centre = new ArrayList<>();
        for (Actor actor : chain.getActors()) {
            boolean tierZero = actor.getTier() != null && actor.getTier().getLevel() == 0;
            boolean department = actor instanceof Organisation o && o.getKind() == OrganisationKind.CENTRAL_DEPARTMENT;
            if (tierZero || department) {
                centre.add(actor);
            }
        }
        return centre;
    }
}
