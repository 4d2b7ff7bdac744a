// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Property;
import org.throughline.model.ThroughlinePackage;
import org.throughline.validation.api.Finding;

/**
 * The page of one model element: its name, type, id and description; its properties and user
 * properties; what it refers to and what refers to it, each a link; what it contains; its
 * trajectory chart (indicators); the validation findings on it.
 */
public final class ElementPage {

    private static final ThroughlinePackage P = ThroughlinePackage.eINSTANCE;

    private ElementPage() {
    }

    /**
     * @param html    where to write (inside the page's main area)
     * @param run     the report run
     * @param element the element
     */
    public static void write(PageMarkup html, Run run, Element element) {
        html.open("p", "class", "breadcrumb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<EObject> ancestors = new ArrayList<>();
        for (EObject up = element.eContainer(); up != null; up = up.eContainer()) {
            ancestors.add(0, up);
        }
        for (EObject up : ancestors) {
            html.link(up).text(" \u203a "); //$NON-NLS-1$
        }
        html.close();
        html.element("h1", Labels.label(element)); //$NON-NLS-1$
        html.open("p", "class", "kind").text(Labels.type(element)).text(" \u00b7 ").element("code", element.getId()).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (element.getDescription() != null && !element.getDescription().isBlank()) {
            html.element("p", element.getDescription(), "class", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (element instanceof Indicator indicator) {
            html.element("h2", Messages.element_trajectory); //$NON-NLS-1$
            html.open("figure", "class", "chart"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.trajectoryChart(indicator);
            html.close();
        }
        properties(html, element);
        userProperties(html, element);
        contents(html, element);
        incoming(html, run, element);
        findings(html, run, element);
    }

    private static void properties(PageMarkup html, Element element) {
        boolean any = false;
        EClass eClass = element.eClass();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature == P.getElement_Id() || feature == P.getElement_Name() || feature == P.getElement_Description()
                    || feature.isTransient() || feature.isDerived() || !element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
                continue;
            }
            if (!any) {
                html.element("h2", Messages.element_properties); //$NON-NLS-1$
                html.open("table", "class", "properties").open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                any = true;
            }
            html.open("tr").element("th", Labels.feature(feature), "scope", "row").open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            value(html, element.eGet(feature, false));
            html.close().close();
        }
        if (any) {
            html.close().close();
        }
    }

    private static void value(PageMarkup html, Object value) {
        if (value instanceof List<?> list) {
            html.open("ul", "class", "refs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (Object item : list) {
                html.open("li"); //$NON-NLS-1$
                value(html, item);
                html.close();
            }
            html.close();
        } else if (value instanceof EObject target) {
            html.link(target);
        } else {
            html.text(Labels.value(value));
        }
    }

    private static void userProperties(PageMarkup html, Element element) {
        if (element.getProperties().isEmpty()) {
            return;
        }
        html.element("h2", Messages.element_userProperties); //$NON-NLS-1$
        html.open("table", "class", "properties").open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (Property property : element.getProperties()) {
            html.open("tr").element("th", property.getKey(), "scope", "row").element("td", property.getValue()).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        html.close().close();
    }

    private static void contents(PageMarkup html, Element element) {
        for (EReference reference : element.eClass().getEAllContainments()) {
            if (reference == P.getElement_Properties() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference);
            List<EObject> children = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.forEach(o -> children.add((EObject) o));
            } else if (value instanceof EObject child) {
                children.add(child);
            }
            if (children.isEmpty()) {
                continue;
            }
            html.element("h2", Labels.feature(reference) + " (" + children.size() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (children.get(0) instanceof Element) {
                html.open("ul", "class", "refs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (EObject child : children) {
                    html.open("li").link(child).text(" ").element("small", Labels.type(child)).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                html.close();
            } else {
                table(html, children);
            }
        }
    }

    /** A table of contained values that have no page of their own (observations, points, criteria). */
    static void table(PageMarkup html, List<EObject> rows) {
        Map<EStructuralFeature, Boolean> columns = new LinkedHashMap<>();
        for (EObject row : rows) {
            for (EStructuralFeature feature : row.eClass().getEAllStructuralFeatures()) {
                if ((feature instanceof EAttribute || feature instanceof EReference r && !r.isContainment() && !r.isMany())
                        && row.eIsSet(feature)) {
                    columns.put(feature, Boolean.TRUE);
                }
            }
        }
        html.open("table", "class", "values").open("thead").open("tr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (EStructuralFeature feature : columns.keySet()) {
            html.element("th", Labels.feature(feature), "scope", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.close().close().open("tbody"); //$NON-NLS-1$
        for (EObject row : rows) {
            html.open("tr"); //$NON-NLS-1$
            for (EStructuralFeature feature : columns.keySet()) {
                html.open("td"); //$NON-NLS-1$
                if (feature.getEContainingClass().isSuperTypeOf(row.eClass()) && row.eIsSet(feature)) {
                    value(html, row.eGet(feature, false));
                }
                html.close();
            }
            html.close();
        }
        html.close().close();
    }

    private static void incoming(PageMarkup html, Run run, Element element) {
        List<Catalogue.Incoming> incoming = run.catalogue().incoming(element);
        if (incoming.isEmpty()) {
            return;
        }
        html.element("h2", Messages.bind(Messages.element_referredToBy, Integer.valueOf(incoming.size()))); //$NON-NLS-1$
        html.open("table", "class", "values").open("thead").open("tr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .element("th", Messages.element_from, "scope", "col").element("th", Messages.element_type, "scope", "col") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                .element("th", Messages.element_as, "scope", "col").close().close().open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (Catalogue.Incoming in : incoming) {
            EObject source = in.source();
            EObject shown = source;
            while (shown != null && !(shown instanceof Element)) {
                shown = shown.eContainer();
            }
            html.open("tr").open("td").link(shown).close().element("td", Labels.type(source)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .element("td", Labels.feature(in.reference())).close(); //$NON-NLS-1$
        }
        html.close().close();
    }

    private static void findings(PageMarkup html, Run run, Element element) {
        List<Finding> findings = run.findings(element);
        if (findings.isEmpty()) {
            return;
        }
        html.element("h2", Messages.element_findings); //$NON-NLS-1$
        html.open("ul", "class", "findings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (Finding finding : findings) {
            html.open("li", "class", finding.isSuppressed() ? "suppressed" : "severity-" + finding.severity().name().toLowerCase()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .element("span", Labels.words(finding.severity().name()), "class", "badge").text(" ").text(finding.message()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .text(" ").element("code", finding.rule().id()); //$NON-NLS-1$ //$NON-NLS-2$
            if (finding.isSuppressed()) {
                html.text(" ").element("em", Messages.bind(Messages.validation_suppressedBecause, finding.suppressed())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
        html.close();
    }
}
