// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.ContainerMapping;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateInstance;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DeleteElement;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.DirectEditTool;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.Operation;
import org.throughline.viewpoint.SetValue;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.api.CreationPlaces;
import org.throughline.viewpoint.api.ViewpointFiles;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The palette tools of the built-in viewpoints, checked without running them: every diagram offers
 * node creation tools, and every tool names a mapping of its kind in its diagram, classes that
 * exist and can be instantiated, containment references that can hold what is created, and
 * features the elements it changes have. What each expression gives is worked out from the tool's
 * variables ({@code created}, {@code container}, {@code source}, {@code target}…): a tool that
 * would fail when a modeller uses it fails here.
 */
class BuiltInToolsTest {

    /** {@code condition ? a : b}, with {@code a} and {@code b} variables. */
    private static final Pattern CHOICE = Pattern.compile(".+\\?\\s*(\\w+)\\s*:\\s*(\\w+)\\s*");
    /** A string literal, as an enumeration value is written. */
    private static final Pattern LITERAL = Pattern.compile("'(\\w+)'");
    /**
     * A function over a variable's feature, such as {@code tl:placedAfter(root.steps, target, source)}
     * or {@code tl:first(tl:select(root.steps, ...))}: the functions tools use pick among, or order,
     * the elements of the first feature they name.
     */
    private static final Pattern OVER_FEATURE = Pattern.compile("tl:\\w+\\(.*?\\b(\\w+)\\.(\\w+)\\b.*\\)");

    /**
     * The elements of a class that refer to a variable, such as {@code tl:first(tl:referencing(source, 'Service', 'owner'))}
     * (the service a role owns), or a feature of theirs, such as
     * {@code tl:collect(tl:referencing(target, 'Priority', 'owner'), 'outcomes')}.
     */
    private static final Pattern REFERENCING = Pattern
            .compile("tl:(?:first|collect)\\(tl:referencing\\((\\w+), '(\\w+)', '(\\w+)'\\)(?:, '(\\w+)')?\\)");

    static List<Viewpoint> builtIns() throws Exception {
        List<Viewpoint> result = new ArrayList<>();
        List<URL> files = Collections.list(Platform.getBundle("org.throughline.viewpoint").findEntries("viewpoints", "*.viewpoint", false));
        for (URL url : files) {
            try (InputStream in = url.openStream()) {
                result.add(ViewpointFiles.load(in, url.getPath()));
            }
        }
        assertEquals(6, result.size(), "the six built-in viewpoints: " + files);
        return result;
    }

    static Stream<String> diagramIds() throws Exception {
        return builtIns().stream().flatMap(v -> v.getDiagrams().stream()).map(DiagramDescription::getId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagramIds")
    void everyBuiltInDiagramOffersCreationToolsThatResolve(String id) throws Exception {
        DiagramDescription diagram = builtIns().stream().flatMap(v -> v.getDiagrams().stream()).filter(d -> d.getId().equals(id))
                .findFirst().orElseThrow();
        List<Tool> tools = new ArrayList<>();
        layers(diagram).forEach(layer -> tools.addAll(layer.getTools()));
        assertTrue(tools.stream().anyMatch(CreateNodeTool.class::isInstance),
                diagram.getId() + ": the palette offers at least one node creation tool");
        Set<String> ids = new HashSet<>();
        for (Layer layer : layers(diagram)) {
            for (Tool tool : layer.getTools()) {
                assertTrue(ids.add(tool.getId()), diagram.getId() + ": tool id used twice: " + tool.getId());
                assertFalse(tool.getLabel() == null || tool.getLabel().isBlank(), tool.getId() + " has a label for the palette");
                check(diagram, layer, tool);
            }
        }
    }

    /** Only the delivery chain had a palette once; the other five give a modeller node and edge tools too. */
    @Test
    void outcomeMapAccountabilityServiceFlowDependenciesAndUserJourneyHaveNodeAndEdgeTools() {
        for (String id : List.of("outcome-map", "accountability", "service-flow", "dependencies", "user-journey")) {
            DiagramDescription diagram = ViewpointRegistry.getDefault().diagram(id).orElseThrow();
            List<Tool> tools = new ArrayList<>();
            layers(diagram).forEach(layer -> tools.addAll(layer.getTools()));
            assertTrue(tools.stream().filter(CreateNodeTool.class::isInstance).count() >= 2, id + ": node tools " + labels(tools));
            assertTrue(tools.stream().anyMatch(CreateEdgeTool.class::isInstance), id + ": an edge tool " + labels(tools));
        }
    }

    private static List<String> labels(List<Tool> tools) {
        return tools.stream().map(Tool::getLabel).toList();
    }

    private static List<Layer> layers(DiagramDescription diagram) {
        List<Layer> layers = new ArrayList<>();
        layers.add(diagram.getDefaultLayer());
        layers.addAll(diagram.getAdditionalLayers());
        return layers;
    }

    private static void check(DiagramDescription diagram, Layer layer, Tool tool) {
        String at = diagram.getId() + "/" + tool.getId() + ": ";
        Mapping mapping = tool.getMapping();
        assertNotNull(mapping, at + "names a mapping");
        assertTrue(EcoreUtil.isAncestor(diagram, mapping), at + "its mapping " + mapping.getId() + " is in the same diagram");
        Layer mappingLayer = layerOf(mapping);
        assertTrue(mappingLayer == layer || mappingLayer == diagram.getDefaultLayer(),
                at + "its mapping is shown whenever the tool is in the palette (same layer or the default one)");

        Map<String, Set<EClass>> variables = new HashMap<>();
        variables.put("model", Set.of(ThroughlinePackage.Literals.MODEL));
        variables.put("root", Set.of(resolve(at, diagram.getDomainClass())));
        if (tool instanceof CreateNodeTool) {
            assertTrue(mapping instanceof AbstractNodeMapping, at + "a node tool names a node mapping");
            Set<EClass> places = new LinkedHashSet<>();
            if (CreationPlaces.onDiagram(mapping)) {
                places.add(resolve(at, diagram.getDomainClass()));
            }
            for (ContainerMapping container : CreationPlaces.containers(mapping)) {
                places.add(resolve(at, container.getDomainClass()));
            }
            assertFalse(places.isEmpty(), at + "its nodes can be shown somewhere on the diagram");
            variables.put("container", places);
        } else if (tool instanceof CreateEdgeTool) {
            assertTrue(mapping instanceof EdgeMapping, at + "an edge tool names an edge mapping");
            variables.put("source", classes(at, ((EdgeMapping) mapping).getSourceMappings()));
            variables.put("target", classes(at, ((EdgeMapping) mapping).getTargetMappings()));
        } else {
            variables.put("element", Set.of(resolve(at, mapping.getDomainClass())));
        }
        if (tool instanceof DirectEditTool) {
            variables.put("value", Set.of());
        }

        boolean first = true;
        for (Operation operation : tool.getOperations()) {
            if (operation instanceof CreateInstance create) {
                EClass created = resolve(at, create.getDomainClass());
                assertFalse(created.isAbstract(), at + create.getDomainClass() + " can be instantiated");
                for (EClass owner : types(at, variables, create.getOwnerExpression())) {
                    assertNotNull(containment(owner, create.getReference(), created),
                            at + "a " + owner.getName() + " can hold a " + created.getName() + " in '" + create.getReference() + "'");
                }
                if (first && !(tool instanceof CreateEdgeTool && isBlank(mapping.getDomainClass()))) {
                    EClass shown = resolve(at, mapping.getDomainClass());
                    assertTrue(shown.isSuperTypeOf(created), at + "what it creates, a " + created.getName() + ", is what "
                            + mapping.getId() + " shows (" + shown.getName() + ")");
                }
                first = false;
                if (!isBlank(create.getVariable())) {
                    variables.put(create.getVariable(), Set.of(created));
                }
            } else if (operation instanceof SetValue set) {
                for (EClass element : types(at, variables, set.getElementExpression())) {
                    EStructuralFeature feature = element.getEStructuralFeature(set.getFeature());
                    assertNotNull(feature, at + element.getName() + " has a feature '" + set.getFeature() + "'");
                    assertTrue(feature.isChangeable() && !feature.isDerived(), at + element.getName() + "." + feature.getName()
                            + " can be set");
                    checkValue(at, variables, feature, set.getValueExpression());
                }
            } else if (operation instanceof DeleteElement delete) {
                types(at, variables, delete.getElementExpression());
            } else {
                fail(at + "an operation of an unknown kind: " + operation.eClass().getName());
            }
        }
    }

    private static void checkValue(String at, Map<String, Set<EClass>> variables, EStructuralFeature feature, String expression) {
        Matcher literal = LITERAL.matcher(expression.trim());
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
            assertTrue(literal.matches() && type.getEEnumLiteral(literal.group(1)) != null,
                    at + expression + " is a literal of " + type.getName());
        } else if (feature instanceof EReference reference) {
            Set<EClass> values = types(at, variables, expression);
            assertTrue(values.stream().anyMatch(reference.getEReferenceType()::isSuperTypeOf),
                    at + expression + " can give a " + reference.getEReferenceType().getName() + " for " + feature.getName());
        }
    }

    /** The classes an expression of a tool can give: one of its variables, or a choice between two. */
    private static Set<EClass> types(String at, Map<String, Set<EClass>> variables, String expression) {
        String text = expression.trim();
        Matcher referencing = REFERENCING.matcher(text);
        if (referencing.matches()) {
            types(at, variables, referencing.group(1));
            EClass holder = resolve(at, referencing.group(2));
            assertTrue(holder.getEStructuralFeature(referencing.group(3)) instanceof EReference,
                    at + holder.getName() + " has a reference '" + referencing.group(3) + "'");
            if (referencing.group(4) == null) {
                return Set.of(holder);
            }
            EStructuralFeature feature = holder.getEStructuralFeature(referencing.group(4));
            assertTrue(feature instanceof EReference, at + holder.getName() + " has a reference '" + referencing.group(4) + "'");
            return Set.of(((EReference) feature).getEReferenceType());
        }
        Matcher function = OVER_FEATURE.matcher(text);
        if (function.matches()) {
            Set<EClass> result = new LinkedHashSet<>();
            for (EClass holder : types(at, variables, function.group(1))) {
                EStructuralFeature feature = holder.getEStructuralFeature(function.group(2));
                assertTrue(feature instanceof EReference, at + holder.getName() + " has a reference '" + function.group(2) + "'");
                result.add(((EReference) feature).getEReferenceType());
            }
            return result;
        }
        Matcher choice = CHOICE.matcher(text);
        List<String> names = choice.matches() ? List.of(choice.group(1), choice.group(2)) : List.of(text);
        Set<EClass> result = new LinkedHashSet<>();
        for (String name : names) {
            Set<EClass> classes = variables.get(name);
            assertNotNull(classes, at + "'" + expression + "' is one of the tool's variables " + variables.keySet());
            result.addAll(classes);
        }
        return result;
    }

    private static EReference containment(EClass owner, String name, EClass created) {
        for (EReference reference : owner.getEAllContainments()) {
            if ((isBlank(name) || reference.getName().equals(name)) && reference.getEReferenceType().isSuperTypeOf(created)) {
                return reference;
            }
        }
        return null;
    }

    private static Set<EClass> classes(String at, List<AbstractNodeMapping> mappings) {
        Set<EClass> result = new LinkedHashSet<>();
        for (AbstractNodeMapping mapping : mappings) {
            result.add(resolve(at, mapping.getDomainClass()));
        }
        return result;
    }

    private static EClass resolve(String at, String name) {
        EClass type = MetamodelClasses.resolve(name);
        assertNotNull(type, at + "the class '" + name + "' exists");
        return type;
    }

    private static Layer layerOf(Mapping mapping) {
        for (var e = mapping.eContainer(); e != null; e = e.eContainer()) {
            if (e instanceof Layer layer) {
                return layer;
            }
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
