// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.tests;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Model;
import org.throughline.model.Service;
import org.throughline.model.UserJourney;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** Opens headless diagram sessions on the example models, with their own editing domain and undo stack. */
final class Sessions {

    private Sessions() {
    }

    /** @return a new editing domain whose resource set reads Throughline models */
    static AdapterFactoryEditingDomain domain() {
        return DiagramSession.editingDomain(ModelFiles.newResourceSet());
    }

    /**
     * @param example   an example model's file name
     * @param diagramId a built-in diagram kind
     * @param allLayers whether to show every optional layer too
     * @return a session on a fresh copy of the example, drawn for the first root the kind accepts
     */
    static DiagramSession open(String example, String diagramId, boolean allLayers) throws Exception {
        AdapterFactoryEditingDomain domain = domain();
        Resource resource = ModelFiles.load(domain.getResourceSet(), Examples.file(example));
        Model model = (Model) resource.getContents().get(0);
        DiagramDescription description = ViewpointRegistry.getDefault().diagram(diagramId).orElseThrow();
        DiagramSession session = DiagramSession.open(domain, description, root(model, description.getDomainClass()), null);
        if (allLayers) {
            Set<String> layers = new LinkedHashSet<>();
            for (Layer layer : description.getAdditionalLayers()) {
                layers.add(layer.getId());
            }
            session.showLayers(layers, Set.of());
            domain.getCommandStack().flush();
        }
        return session;
    }

    /** The first element of the class with something to draw: a chain with actors, a service or a journey with steps. */
    private static EObject root(Model model, String domainClass) {
        if ("Model".equals(domainClass)) {
            return model;
        }
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof DeliveryChain chain && "DeliveryChain".equals(domainClass) && !chain.getActors().isEmpty()
                    || element instanceof Service service && "Service".equals(domainClass) && !service.getSteps().isEmpty()
                    || element instanceof UserJourney journey && "UserJourney".equals(domainClass) && !journey.getSteps().isEmpty()) {
                return element;
            }
        }
        throw new AssertionError("no " + domainClass + " to draw in " + model.getName());
    }

    /**
     * @param session   a session
     * @param container a container or lane, or {@code null} for the diagram's background
     * @return a point inside the container but in none of the nodes it holds; or a point clear of every node
     */
    static Point emptySpot(DiagramSession session, DiagramNode container) {
        if (container == null) {
            double right = 0;
            for (DiagramNode node : session.diagram().allNodes()) {
                right = Math.max(right, node.bounds().right());
            }
            return new Point(right + 200, 60);
        }
        Bounds area = container.bounds();
        for (double y = area.y() + 5; y < area.bottom() - 5; y += 5) {
            for (double x = area.x() + 5; x < area.right() - 5; x += 5) {
                Point p = new Point(x, y);
                boolean free = session.diagram().allNodes().stream()
                        .noneMatch(n -> n != container && !encloses(n, container) && inside(n.bounds(), p, 5));
                if (free) {
                    return p;
                }
            }
        }
        throw new AssertionError("no free spot in " + container.label());
    }

    private static boolean encloses(DiagramNode node, DiagramNode inner) {
        for (DiagramNode p = inner.parent(); p != null; p = p.parent()) {
            if (p == node) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Bounds b, Point p, double margin) {
        return b != null && p.x() >= b.x() - margin && p.x() <= b.right() + margin && p.y() >= b.y() - margin
                && p.y() <= b.bottom() + margin;
    }
}
