// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.throughline.diagram.internal.Messages;
import org.throughline.model.Element;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.ConditionalStyle;
import org.throughline.viewpoint.ContainerMapping;
import org.throughline.viewpoint.ContainerPresentation;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Filter;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.Shape;
import org.throughline.viewpoint.api.Expression;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ExpressionException;

/**
 * Interprets a diagram description for a root element: a node for every semantic candidate of
 * every node mapping (containers and lanes holding the nodes of their child mappings), an edge for
 * every candidate of every edge mapping whose ends are shown, styles resolved with the
 * conditional styles that hold, filtered elements and switched-off layers left out.
 * <p>
 * Refreshing is interpreting again with the previous diagram's {@link DiagramState}: elements
 * still there keep their bounds and routes (by key), new ones come without bounds (so that
 * layout places only them), deleted ones are gone, and styles are evaluated afresh.
 */
public final class DiagramInterpreter {

    private final DiagramDescription description;
    private final EObject root;
    private final Diagram diagram;
    private final DiagramState state;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Filter> filters = new ArrayList<>();
    /** Nodes by mapping id, then by domain element. */
    private final Map<String, Map<EObject, List<DiagramNode>>> nodesByMapping = new HashMap<>();
    private final Map<ConditionalStyle, Boolean> usedStyles = new IdentityHashMap<>();
    private final Map<String, Expression> expressions = new HashMap<>();

    private DiagramInterpreter(DiagramDescription description, EObject root, DiagramState state) {
        this.description = description;
        this.root = root;
        this.state = state;
        Set<String> layerIds = new LinkedHashSet<>();
        Set<String> filterIds = new LinkedHashSet<>();
        layers.add(description.getDefaultLayer());
        for (Layer layer : description.getAdditionalLayers()) {
            if (state != null ? state.layers().contains(layer.getId()) : layer.isActiveByDefault()) {
                layers.add(layer);
                layerIds.add(layer.getId());
            }
        }
        for (Filter filter : description.getFilters()) {
            if (state != null ? state.filters().contains(filter.getId()) : filter.isActiveByDefault()) {
                filters.add(filter);
                filterIds.add(filter.getId());
            }
        }
        String name = state != null && state.name() != null ? state.name() : defaultName(description, root);
        this.diagram = new Diagram(description, root, idOf(root), name, layerIds, filterIds);
    }

    /**
     * Makes a new diagram with the layers and filters that are on by default.
     *
     * @param description a diagram description
     * @param root        the root element, of the description's domain class
     * @return the diagram, not yet laid out
     * @throws DiagramException when the root is of the wrong class or an expression fails
     */
    public static Diagram create(DiagramDescription description, EObject root) throws DiagramException {
        return create(description, root, null);
    }

    /** "Organisation" becomes "an Organisation", "DeliveryChain" "a DeliveryChain". */
    private static String withArticle(String className) {
        if (className == null || className.isEmpty()) {
            return String.valueOf(className);
        }
        return ("AEIOUaeiou".indexOf(className.charAt(0)) >= 0 ? "an " : "a ") + className; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Makes a diagram with the layers, filters and layout of a saved or previous state.
     *
     * @param description a diagram description
     * @param root        the root element
     * @param state       the state to restore, or {@code null} for a new diagram
     * @return the diagram; elements the state knows have its bounds and routes
     * @throws DiagramException when the root is of the wrong class or an expression fails
     */
    public static Diagram create(DiagramDescription description, EObject root, DiagramState state) throws DiagramException {
        EClass rootClass = domainClass(description.getDomainClass());
        if (rootClass != null && !rootClass.isInstance(root)) {
            throw new DiagramException(NLS.bind(Messages.interpret_wrongRoot, new Object[] { description.getId(),
                    withArticle(description.getDomainClass()),
                    describe(root), root == null ? "null" : withArticle(root.eClass().getName()) }), null); //$NON-NLS-1$
        }
        DiagramInterpreter interpreter = new DiagramInterpreter(description, root, state);
        // Expressions cannot change the model, so helpers may remember what they found for the whole run.
        return ExpressionEngine.unchanging(() -> {
            interpreter.run();
            return interpreter.diagram;
        });
    }

    /**
     * Follows the domain model: interprets the diagram's description again for its root, keeping
     * the layout of every element still shown.
     *
     * @param previous a diagram
     * @return the refreshed diagram; elements new to it have no bounds yet
     * @throws DiagramException when an expression fails
     */
    public static Diagram refresh(Diagram previous) throws DiagramException {
        return create(previous.description(), previous.root(), previous.state());
    }

    private static String defaultName(DiagramDescription description, EObject root) {
        String rootName = root instanceof Element e && e.getName() != null ? e.getName() : ""; //$NON-NLS-1$
        String label = description.getLabel() != null ? description.getLabel() : description.getId();
        return rootName.isEmpty() ? label : label + ": " + rootName; //$NON-NLS-1$
    }

    private void run() throws DiagramException {
        for (Layer layer : layers) {
            for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
                createNodes(mapping, root, null);
            }
        }
        for (Layer layer : layers) {
            for (EdgeMapping mapping : layer.getEdgeMappings()) {
                createEdges(mapping);
            }
        }
        for (TreeIterator<EObject> it = description.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ConditionalStyle conditional && usedStyles.containsKey(conditional)) {
                Mapping mapping = (Mapping) conditional.eContainer();
                ElementStyle style = ElementStyle.DEFAULT.with(mapping.getStyle()).with(conditional.getStyle());
                String mappingLabel = mapping.getLabel() != null ? mapping.getLabel() : mapping.getId();
                LegendEntry entry = new LegendEntry(mappingLabel, conditional.getLabel() != null ? conditional.getLabel()
                        : conditional.getPredicate(), style, mapping instanceof EdgeMapping);
                // Mappings of one kind at several places (milestones in and out of projects) share their entries.
                if (!diagram.legend().contains(entry)) {
                    diagram.legend().add(entry);
                }
            }
        }
    }

    private void createNodes(AbstractNodeMapping mapping, EObject context, DiagramNode parent) throws DiagramException {
        for (EObject element : candidates(mapping, context)) {
            if (hidden(mapping, element)) {
                continue;
            }
            String semanticId = idOf(element);
            String key = (parent == null ? "" : parent.key() + "/") + mapping.getId() + ":" + semanticId; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            NodeKind kind = NodeKind.NODE;
            if (mapping instanceof ContainerMapping container) {
                kind = container.getPresentation() == ContainerPresentation.LANE || container.getStyle() != null
                        && container.getStyle().getShape() == Shape.LANE ? NodeKind.LANE : NodeKind.CONTAINER;
            }
            DiagramNode node = new DiagramNode(key, mapping.getId(), semanticId, element, kind, label(mapping, element),
                    style(mapping, element), parent);
            if (state != null) {
                node.setBounds(state.nodes().get(key));
                node.setPinned(state.pinned().contains(key));
            }
            if (parent == null) {
                diagram.nodes().add(node);
            } else {
                parent.addChild(node);
            }
            nodesByMapping.computeIfAbsent(mapping.getId(), k -> new LinkedHashMap<>()).computeIfAbsent(element, k -> new ArrayList<>(1))
                    .add(node);
            if (mapping instanceof ContainerMapping container) {
                for (AbstractNodeMapping child : container.getChildren()) {
                    createNodes(child, element, node);
                }
            }
        }
    }

    private void createEdges(EdgeMapping mapping) throws DiagramException {
        boolean elementBased = mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank();
        if (elementBased) {
            for (EObject element : candidates(mapping, root)) {
                if (hidden(mapping, element)) {
                    continue;
                }
                Object source = evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getSourceExpression(), element);
                Object target = evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getTargetExpression(), element);
                for (DiagramNode from : nodesOf(mapping.getSourceMappings(), source)) {
                    for (DiagramNode to : nodesOf(mapping.getTargetMappings(), target)) {
                        addEdge(mapping, element, from, to);
                    }
                }
            }
            return;
        }
        for (AbstractNodeMapping sourceMapping : mapping.getSourceMappings()) {
            Map<EObject, List<DiagramNode>> sources = nodesByMapping.getOrDefault(sourceMapping.getId(), Map.of());
            for (Map.Entry<EObject, List<DiagramNode>> entry : sources.entrySet()) {
                Object targets = evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getTargetExpression(), entry.getKey());
                for (DiagramNode to : nodesOf(mapping.getTargetMappings(), targets)) {
                    for (DiagramNode from : entry.getValue()) {
                        addEdge(mapping, null, from, to);
                    }
                }
            }
        }
    }

    private void addEdge(EdgeMapping mapping, EObject element, DiagramNode from, DiagramNode to) throws DiagramException {
        EObject styled = element != null ? element : from.element();
        String semanticId = element != null ? idOf(element) : ""; //$NON-NLS-1$
        String key = mapping.getId() + ":" + semanticId + ":" + from.key() + ">" + to.key(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        DiagramEdge edge = new DiagramEdge(key, mapping.getId(), semanticId, element, from, to, label(mapping, styled, element != null),
                style(mapping, styled));
        if (state != null && state.edges().containsKey(key)) {
            edge.setRoute(state.edges().get(key));
        }
        diagram.edges().add(edge);
    }

    private List<DiagramNode> nodesOf(List<AbstractNodeMapping> mappings, Object elements) {
        List<DiagramNode> result = new ArrayList<>();
        for (Object element : asCollection(elements)) {
            for (AbstractNodeMapping mapping : mappings) {
                result.addAll(nodesByMapping.getOrDefault(mapping.getId(), Map.of()).getOrDefault(element, List.of()));
            }
        }
        return result;
    }

    private List<EObject> candidates(Mapping mapping, EObject context) throws DiagramException {
        EClass type = domainClass(mapping.getDomainClass());
        Collection<?> values;
        if (mapping.getSemanticCandidates() == null || mapping.getSemanticCandidates().isBlank()) {
            List<EObject> all = new ArrayList<>();
            for (TreeIterator<EObject> it = context.eAllContents(); it.hasNext();) {
                all.add(it.next());
            }
            values = all;
        } else {
            values = asCollection(evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getSemanticCandidates(), context));
        }
        Set<EObject> result = new LinkedHashSet<>();
        for (Object value : values) {
            if (value instanceof EObject e && (type == null || type.isInstance(e))) {
                if (mapping.getPrecondition() == null || mapping.getPrecondition().isBlank()
                        || Boolean.TRUE.equals(evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getPrecondition(), e))) {
                    result.add(e);
                }
            }
        }
        return new ArrayList<>(result);
    }

    private boolean hidden(Mapping mapping, EObject element) throws DiagramException {
        for (Filter filter : filters) {
            if ((filter.getMappings().isEmpty() || filter.getMappings().contains(mapping))
                    && Boolean.TRUE.equals(evaluate(mapping, Messages.kind_filter, filter.getId(), filter.getPredicate(), element))) {
                return true;
            }
        }
        return false;
    }

    private String label(Mapping mapping, EObject element) throws DiagramException {
        return label(mapping, element, true);
    }

    private String label(Mapping mapping, EObject element, boolean nameByDefault) throws DiagramException {
        if (mapping.getLabelExpression() == null || mapping.getLabelExpression().isBlank()) {
            return nameByDefault && element instanceof Element e && e.getName() != null ? e.getName() : ""; //$NON-NLS-1$
        }
        Object value = evaluate(mapping, Messages.kind_mapping, mapping.getId(), mapping.getLabelExpression(), element);
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    private ElementStyle style(Mapping mapping, EObject element) throws DiagramException {
        ElementStyle style = ElementStyle.DEFAULT.with(mapping.getStyle());
        // The first conditional style that holds wins for each property it sets: apply in reverse.
        List<ConditionalStyle> holding = new ArrayList<>();
        for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
            if (Boolean.TRUE.equals(evaluate(mapping, Messages.kind_conditionalStyle, mapping.getId(), conditional.getPredicate(
                    ), element))) {
                holding.add(conditional);
                usedStyles.put(conditional, Boolean.TRUE);
            }
        }
        for (int i = holding.size() - 1; i >= 0; i--) {
            style = style.with(holding.get(i).getStyle());
        }
        return style;
    }

    private Object evaluate(Mapping mapping, String kind, String id, String text, EObject self) throws DiagramException {
        try {
            Expression expression = expressions.get(text);
            if (expression == null) {
                expression = ExpressionEngine.parse(text);
                expressions.put(text, expression);
            }
            return expression.evaluate(self, root);
        } catch (ExpressionException e) {
            throw new DiagramException(NLS.bind(Messages.interpret_failed, new Object[] { description.getId(), kind, id, text,
                    describe(self),
                    e.reason() }), e);
        }
    }

    private static Collection<?> asCollection(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c;
        }
        return List.of(value);
    }

    private static EClass domainClass(String name) {
        return MetamodelClasses.resolve(name);
    }

    /**
     * @param element a domain element
     * @return its id, or its URI fragment when it has none
     */
    public static String idOf(EObject element) {
        if (element instanceof Element e && e.getId() != null) {
            return e.getId();
        }
        return element == null || element.eResource() == null ? String.valueOf(System.identityHashCode(element))
                : element.eResource().getURIFragment(element);
    }

    private static String describe(EObject element) {
        if (element instanceof Element e) {
            return "'" + (e.getName() != null ? e.getName() : "") + "' (" + e.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return element == null ? "null" : element.eClass().getName(); //$NON-NLS-1$
    }
}
