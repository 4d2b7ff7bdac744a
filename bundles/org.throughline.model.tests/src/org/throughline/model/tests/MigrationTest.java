// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Criticality;
import org.throughline.model.Dependency;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Level;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Period;
import org.throughline.model.Polarity;
import org.throughline.model.ProcessStep;
import org.throughline.model.Property;
import org.throughline.model.Risk;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/** Files written with metamodel 0.9, 1.0 or 1.1 open migrated to 1.2, and save in the new format. */
class MigrationTest {

    @TempDir
    Path folder;

    private Path copy(String name) throws IOException {
        return copy("v0.9", name);
    }

    private Path copy(String version, String name) throws IOException {
        URL url = FileLocator.find(FrameworkUtil.getBundle(MigrationTest.class),
                new org.eclipse.core.runtime.Path("resources/" + version + "/" + name));
        Path file = folder.resolve(name);
        try (var in = url.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void linkWeightsBecomeStrengthsAndOrganisationTypesBecomeKinds() throws IOException {
        Resource resource = ModelFiles.load(copy("legacy.throughline"));
        assertEquals(LinkStrength.STRONG, ((Link) resource.getEObject("l1")).getStrength());
        assertEquals(LinkStrength.WEAK, ((Link) resource.getEObject("l2")).getStrength());
        assertEquals(LinkStrength.BROKEN, ((Link) resource.getEObject("l3")).getStrength());
        assertEquals(LinkStrength.UNKNOWN, ((Link) resource.getEObject("l4")).getStrength(), "no weight: nobody judged it");
        assertEquals(OrganisationKind.CENTRAL_DEPARTMENT, ((Organisation) resource.getEObject("dept")).getKind());
        assertEquals(OrganisationKind.FRONTLINE_UNIT, ((Organisation) resource.getEObject("ed")).getKind());
    }

    @Test
    void theUserIsToldAndTheModelIsDirtyUntilSaved() throws IOException {
        Resource resource = ModelFiles.load(copy("legacy.throughline"));
        assertTrue(resource.isModified(), "the editor shows the model as changed");
        assertEquals(1, resource.getWarnings().size());
        assertTrue(resource.getWarnings().get(0).getMessage().contains("migrated from metamodel 0.9 to 1.2"),
                resource.getWarnings().get(0).getMessage());
    }

    @Test
    void savingWritesTheCurrentFormatWithoutTheOldAttributes() throws IOException {
        Path file = copy("legacy.throughline");
        Resource resource = ModelFiles.load(file);
        ModelFiles.save(resource);
        String text = Files.readString(file);
        assertTrue(text.contains("http://throughline.org/model/1.2"), text);
        assertFalse(text.contains("model/0.9"), text);
        assertFalse(text.contains("weight="), text);
        assertFalse(text.contains(" type=\""), text);
        assertTrue(text.contains("strength=\"WEAK\""), text);
        Resource again = ModelFiles.load(file);
        assertTrue(again.getWarnings().isEmpty(), "a saved file needs no migration");
        assertEquals(LinkStrength.BROKEN, ((Link) again.getEObject("l3")).getStrength());
    }

    @Test
    void theAsAtPropertyOfA10FileBecomesTheModelsAsAtDate() throws IOException {
        Path file = copy("v1.0", "as-at.throughline");
        Model model = (Model) ModelFiles.load(file).getContents().get(0);
        assertEquals(LocalDate.of(2024, 10, 31), model.getAsAt());
        assertEquals(List.of("scope"), model.getProperties().stream().map(Property::getKey).toList(),
                "the as-at property is gone, the modeller's other properties stay");
        ModelFiles.save(model.eResource());
        String text = Files.readString(file);
        assertTrue(text.contains("asAt=\"2024-10-31\""), text);
        assertFalse(text.contains("key=\"as-at\""), text);
        assertEquals(LocalDate.of(2024, 10, 31), ((Model) ModelFiles.load(file).getContents().get(0)).getAsAt(), "saved and read back");
    }

    @Test
    void anAsAtPropertyThatIsNotADateIsKeptAndTheModelHasNoDate() throws IOException {
        Model model = (Model) ModelFiles.load(copy("v1.0", "bad-as-at.throughline")).getContents().get(0);
        assertNull(model.getAsAt());
        assertEquals("last spring", model.getProperties().get(0).getValue(), "nothing the modeller wrote is lost");
    }

    @Test
    void enumerationsLeftOutOfA10FileAreNotSetAndStatedOnesStay() throws IOException {
        // A 1.0 file leaves out the first literal (central department, SRO, higher is better,
        // daily, critical, very low), so "left out" cannot be told from "never judged": it reads
        // as not set, and analyses say they cannot judge rather than guess.
        Resource resource = ModelFiles.load(copy("v1.0", "as-at.throughline"));
        assertEquals(OrganisationKind.NOT_SET, ((Organisation) resource.getEObject("dept")).getKind());
        assertEquals(OrganisationKind.PROVIDER, ((Organisation) resource.getEObject("trust")).getKind());
        assertEquals(RoleKind.NOT_SET, ((Role) resource.getEObject("owner")).getKind());
        assertEquals(RoleKind.DELIVERY_LEAD, ((Role) resource.getEObject("lead")).getKind());
        Indicator waits = (Indicator) resource.getEObject("waits");
        assertEquals(Polarity.NOT_SET, waits.getPolarity());
        assertEquals(Frequency.NOT_SET, waits.getFrequency());
        Indicator beds = (Indicator) resource.getEObject("beds");
        assertEquals(Polarity.LOWER_IS_BETTER, beds.getPolarity());
        assertEquals(Frequency.MONTHLY, beds.getFrequency());
        assertEquals(Criticality.NOT_SET, ((Dependency) resource.getEObject("dep")).getCriticality());
        Risk risk = (Risk) resource.getEObject("risk");
        assertEquals(Level.NOT_SET, risk.getLikelihood());
        assertEquals(Level.NOT_SET, risk.getImpact());
    }

    @Test
    void aChosenFirstLiteralIsWrittenIn11() throws IOException {
        Path file = copy("v1.0", "as-at.throughline");
        Resource resource = ModelFiles.load(file);
        ((Organisation) resource.getEObject("dept")).setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        ModelFiles.save(resource);
        Resource again = ModelFiles.load(file);
        assertEquals(OrganisationKind.CENTRAL_DEPARTMENT, ((Organisation) again.getEObject("dept")).getKind(),
                "a kind once chosen survives save and load");
        assertEquals(RoleKind.NOT_SET, ((Role) again.getEObject("owner")).getKind());
    }

    @Test
    void linkKindsAndPeriodsLeftOutOfA11FileAreNotSetAndStatedOnesStay() throws IOException {
        // A 1.1 file leaves out the first literal (funding, day), which every new link and step
        // held until someone said otherwise: it reads as not set, as 1.0's left-out kinds did.
        Path file = copy("v1.1", "kinds.throughline");
        Resource resource = ModelFiles.load(file);
        assertTrue(resource.getWarnings().get(0).getMessage().contains("migrated from metamodel 1.1 to 1.2"),
                resource.getWarnings().get(0).getMessage());
        assertEquals(LinkKind.NOT_SET, ((Link) resource.getEObject("funds")).getKind());
        assertEquals(LinkKind.DATA_AND_REPORTING, ((Link) resource.getEObject("reports")).getKind());
        assertEquals(Period.NOT_SET, ((ProcessStep) resource.getEObject("triage")).getPeriod());
        assertEquals(Period.WEEK, ((ProcessStep) resource.getEObject("treat")).getPeriod());
        Action action = (Action) resource.getEObject("act");
        assertEquals(ActionStatus.DONE, action.getStatus());
        assertNull(action.getClosedDate(), "1.1 recorded no date of closing");
        assertEquals(LocalDate.of(2025, 4, 30), ((Model) resource.getContents().get(0)).getAsAt());

        ((Link) resource.getEObject("funds")).setKind(LinkKind.FUNDING);
        ((Link) resource.getEObject("reports")).getReports().clear();
        ModelFiles.save(resource);
        String text = Files.readString(file);
        assertTrue(text.contains("http://throughline.org/model/1.2") && text.contains("kind=\"FUNDING\""), text);
        Resource again = ModelFiles.load(file);
        assertTrue(again.getWarnings().isEmpty(), "a saved file needs no migration");
        assertEquals(LinkKind.FUNDING, ((Link) again.getEObject("funds")).getKind(), "a kind once chosen survives save and load");
        assertEquals(Period.NOT_SET, ((ProcessStep) again.getEObject("triage")).getPeriod());
    }

    @Test
    void anUnmigratableValueIsNamed() throws IOException {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(copy("bad-weight.throughline")));
        assertTrue(e.problem().contains("'seven'") && e.problem().contains("Performance management"), e.getMessage());
    }
}
