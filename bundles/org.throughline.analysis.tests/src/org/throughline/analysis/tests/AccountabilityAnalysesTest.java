// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.rowsOf;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.Person;
import org.throughline.model.Priority;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;

/** Accountability gaps: owners, SROs and vacant roles. */
class AccountabilityAnalysesTest {

    private final Fixtures f = new Fixtures();

    private Role role(String name, RoleKind kind, boolean held) {
        Role role = f.add(F.createRole(), name);
        role.setKind(kind);
        if (held) {
            Person person = f.add(F.createPerson(), "Holder of " + name);
            role.setHolder(person);
        }
        return role;
    }

    @Test
    void findsPrioritiesWithoutAnSroAndServicesWithoutAnOwner() throws AnalysisException {
        Priority unowned = f.add(F.createPriority(), "Unowned priority");
        Priority vacant = f.add(F.createPriority(), "Priority whose SRO post is vacant");
        vacant.setOwner(role("SRO post", RoleKind.SRO, false));
        Priority owned = f.add(F.createPriority(), "Well-owned priority");
        owned.setOwner(role("SRO", RoleKind.SRO, true));
        Service orphan = f.add(F.createService(), "Orphan service");
        Service misowned = f.add(F.createService(), "Service run by a delivery lead");
        misowned.setOwner(role("Delivery lead", RoleKind.DELIVERY_LEAD, true));
        AnalysisResult result = f.run("accountability");
        assertEquals("no senior responsible owner", cell(result, rowOf(result, unowned), "Gap"));
        assertEquals("the owner's role is vacant", cell(result, rowOf(result, vacant), "Gap"));
        assertEquals("SRO post", cell(result, rowOf(result, vacant), "Owner role"));
        assertEquals("no owner", cell(result, rowOf(result, orphan), "Gap"));
        assertEquals("owned by a role that is not a service owner", cell(result, rowOf(result, misowned), "Gap"));
        assertTrue(rowsOf(result, owned).isEmpty());
        assertEquals(unowned, result.rows().get(0).element(), "missing owners first");
        assertTrue(result.headline().startsWith("2 priorities without an SRO and 1 service without an owner "
                + "(a vacant role counts as none); 1 accountable role is vacant; 4 gaps in all."), result.headline());
    }

    @Test
    void aVacantRoleThatOwnsNothingIsStillAGap() throws AnalysisException {
        Role post = role("Head of school improvement", RoleKind.OTHER, false);
        Role held = role("Head teacher", RoleKind.OTHER, true);
        AnalysisResult result = f.run("accountability");
        assertEquals("nobody holds this role", cell(result, rowOf(result, post), "Gap"));
        assertEquals("other", cell(result, rowOf(result, post), "Role kind"));
        assertTrue(rowsOf(result, held).isEmpty());
        assertTrue(result.headline().contains("1 accountable role is vacant; 1 gap in all."), result.headline());
    }

    @Test
    void nothingMissingSaysSo() throws AnalysisException {
        Priority owned = f.add(F.createPriority(), "Well-owned priority");
        owned.setOwner(role("SRO", RoleKind.SRO, true));
        assertEquals("Every priority has an SRO, every service an owner, and each of their roles is held.",
                f.run("accountability").headline());
    }
}
