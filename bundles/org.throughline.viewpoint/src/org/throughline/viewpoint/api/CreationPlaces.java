// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.ContainerMapping;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Mapping;

/**
 * Where the element a node creation tool makes is shown on its diagram, which tells a diagram
 * editor what a click with the tool means: inside a container whose mapping holds nodes of the
 * tool's kind, or on the diagram itself when a top-level mapping shows them. The tool's kind is
 * its mapping's domain class: a milestone tool serves every container that shows milestones
 * (projects and programmes alike), not only the container its mapping belongs to.
 */
public final class CreationPlaces {

    private CreationPlaces() {
    }

    /**
     * @param container a node or container mapping
     * @param shown     the mapping of a node creation tool
     * @return whether the container's nodes hold nodes like those of {@code shown}: it is one of
     *         the container's child mappings, or a child mapping maps the same domain class
     */
    public static boolean holds(AbstractNodeMapping container, Mapping shown) {
        if (!(container instanceof ContainerMapping parent) || shown == null) {
            return false;
        }
        for (AbstractNodeMapping child : parent.getChildren()) {
            if (child == shown || sameClass(child, shown)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param shown the mapping of a node creation tool
     * @return whether its diagram shows such nodes at its top level, outside any container: the
     *         mapping or another of the same domain class is a top-level mapping of a layer
     */
    public static boolean onDiagram(Mapping shown) {
        DiagramDescription diagram = diagramOf(shown);
        if (diagram == null) {
            return false;
        }
        for (Layer layer : layers(diagram)) {
            for (AbstractNodeMapping top : layer.getNodeMappings()) {
                if (top == shown || sameClass(top, shown)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param shown the mapping of a node creation tool
     * @return the container mappings of its diagram that {@linkplain #holds(AbstractNodeMapping, Mapping) hold}
     *         such nodes, in the order of the file
     */
    public static List<ContainerMapping> containers(Mapping shown) {
        List<ContainerMapping> result = new ArrayList<>();
        DiagramDescription diagram = diagramOf(shown);
        if (diagram == null) {
            return result;
        }
        for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ContainerMapping container && holds(container, shown)) {
                result.add(container);
            }
        }
        return result;
    }

    private static List<Layer> layers(DiagramDescription diagram) {
        List<Layer> layers = new ArrayList<>();
        if (diagram.getDefaultLayer() != null) {
            layers.add(diagram.getDefaultLayer());
        }
        layers.addAll(diagram.getAdditionalLayers());
        return layers;
    }

    private static DiagramDescription diagramOf(EObject mapping) {
        for (EObject e = mapping; e != null; e = e.eContainer()) {
            if (e instanceof DiagramDescription diagram) {
                return diagram;
            }
        }
        return null;
    }

    private static boolean sameClass(Mapping a, Mapping b) {
        EClass classA = MetamodelClasses.resolve(a.getDomainClass());
        EClass classB = MetamodelClasses.resolve(b.getDomainClass());
        return classA != null ? classA == classB : a.getDomainClass() != null && Objects.equals(a.getDomainClass(), b.getDomainClass());
    }
}
