// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Folder;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Priority;
import org.throughline.model.ThroughlineFactory;
import org.throughline.report.api.Reports;
import org.throughline.testing.ModelGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * In a model whose chains all start at the same department, each priority's part of the report
 * is still its own: the actions on the shared department are in every priority's stocktake, and
 * each chain's diagram shows its own actors, and its own priority bordered with that priority's rating.
 */
class SharedActorsReportTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;
    private static final String GREEN = "#1e8449";
    private static final String RED = "#c0392b";
    private static final Pattern REGIONAL_BODY = Pattern.compile("Regional body (\\d+)");

    @TempDir
    Path temp;

    private static <T> List<T> all(Model model, Class<T> type) {
        List<T> all = new ArrayList<>();
        for (var contents = model.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (type.isInstance(next)) {
                all.add(type.cast(next));
            }
        }
        return all;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void actionsOnTheSharedDepartmentAreInEveryPrioritysStocktake() throws Exception {
        Model model = ModelGenerator.generate(1000, 5);
        List<Priority> priorities = all(model, Priority.class);
        assertTrue(priorities.size() > 2, "several priorities: " + priorities.size());
        Organisation department = (Organisation) all(model, DeliveryChain.class).get(0).getActors().get(0);
        Folder centre = model.getFolders().get(0);
        Action addressing = F.createAction();
        addressing.setId("review-department");
        addressing.setName("Review the department's grip on delivery");
        addressing.setStatus(ActionStatus.OPEN);
        addressing.getAddresses().add(department);
        centre.getElements().add(addressing);
        Action owned = F.createAction();
        owned.setId("department-own-action");
        owned.setName("Publish the department's annual report");
        owned.setOwner(department);
        centre.getElements().add(owned);

        Path folder = temp.resolve("report");
        Reports.writeHtml(model, folder, null);

        String stocktake = Pages.text(Pages.parse(folder.resolve("priorities.html")));
        assertEquals(priorities.size(), count(stocktake, addressing.getName()),
                "listed under every priority whose chain has the department");
        assertFalse(stocktake.contains(owned.getName()), "an action the department only owns addresses no priority");
    }

    @Test
    void eachChainsDiagramShowsItsOwnActorsAndItsOwnPriorityBorderedWithItsRating() throws Exception {
        Model model = ModelGenerator.generate(1000, 5);
        for (Assessment assessment : all(model, Assessment.class)) {
            if (assessment.getSubject() instanceof Priority priority) {
                assessment.setRating(priority.getRank().intValue() % 2 == 0 ? LikelihoodRating.GREEN : LikelihoodRating.RED);
            }
        }
        int chains = all(model, DeliveryChain.class).size();

        Path folder = temp.resolve("report");
        Reports.writeHtml(model, folder, null);

        Pattern title = Pattern.compile("Delivery Chain: Delivery chain (\\d+)");
        int checked = 0;
        for (Path page : Pages.all(folder.resolve("d"))) {
            Document document = Pages.parse(page);
            Matcher chain = title.matcher(Pages.text(document));
            if (!chain.find()) {
                continue;
            }
            int region = Integer.parseInt(chain.group(1));
            String own = "Regional body " + region;
            String text = Pages.text(document);
            assertTrue(text.contains(own), page + " shows " + own);
            for (Matcher body = REGIONAL_BODY.matcher(text); body.find();) {
                assertEquals(region, Integer.parseInt(body.group(1)), page + " shows another chain's regional body");
            }
            // The chain's priority, in the centre's lane, carries its own rating (actors are bordered only as single points of failure).
            String expected = region % 2 == 0 ? GREEN : RED;
            String priority = "Priority " + region + ": cut waiting times";
            assertEquals(expected, border(document, priority), page + ": " + priority + " bordered with its own rating");
            checked++;
        }
        assertEquals(chains, checked, "a diagram per chain");
    }

    /** @return the border colour of the diagram's node with that title */
    private static String border(Document document, String node) {
        for (Element element : Pages.elements(document)) {
            if (element.getLocalName().equals("g") && element.getAttribute("class").equals("node")) {
                Element first = (Element) element.getElementsByTagNameNS("*", "title").item(0);
                if (first != null && first.getTextContent().equals(node)) {
                    Element shape = (Element) element.getElementsByTagNameNS("*", "rect").item(0);
                    return shape == null ? null : shape.getAttribute("stroke");
                }
            }
        }
        return null;
    }
}
