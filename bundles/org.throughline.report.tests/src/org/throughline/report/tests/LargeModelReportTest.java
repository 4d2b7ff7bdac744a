// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.throughline.report.internal.Catalogue;
import org.throughline.testing.ModelGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A large model's elements share files (a few dozen to a file, each with its own anchor): every
 * element is still there, and every link, anchor included, leads to it.
 */
class LargeModelReportTest {

    @TempDir
    Path temp;

    @Test
    void everyElementHasItsOwnAnchorAndEveryLinkFindsIt() throws Exception {
        Model model = ModelGenerator.generate(14_000, 3);
        Catalogue catalogue = new Catalogue(model);
        assertEquals(Catalogue.GROUPED, catalogue.perPage(), "a model this size groups its elements");
        Path folder = temp.resolve("report");
        ReportSummary summary = Reports.writeHtml(model, folder, null);
        assertEquals(List.of(), summary.failedSections());
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<Path, Document> documents = new HashMap<>();
        int articles = 0;
        for (Path page : Pages.all(folder)) {
            Document document = Pages.parse(page);
            Pages.assertSafe(page, document);
            documents.put(page, document);
            Set<String> pageIds = new HashSet<>();
            for (Element element : Pages.elements(document)) {
                if (!element.getAttribute("id").isEmpty()) {
                    pageIds.add(element.getAttribute("id"));
                }
                if (element.getLocalName().equals("article")) {
                    articles++;
                }
            }
            ids.put(page, pageIds);
        }
        assertEquals(catalogue.elements().size(), articles, "every element is on a page");
        int checked = 0;
        for (Map.Entry<Path, Document> entry : documents.entrySet()) {
            for (Element element : Pages.elements(entry.getValue())) {
                String href = element.getLocalName().equals("a") ? element.getAttribute("href") : "";
                int hash = href.indexOf('#');
                if (hash <= 0 || href.startsWith("http")) {
                    continue;
                }
                Path target = entry.getKey().getParent().resolve(href.substring(0, hash)).normalize();
                assertTrue(ids.getOrDefault(target, Set.of()).contains(href.substring(hash + 1)),
                        entry.getKey() + ": no target for " + href);
                checked++;
            }
        }
        assertTrue(checked > catalogue.elements().size(), "links checked: " + checked);
    }
}
