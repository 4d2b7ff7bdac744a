// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.ConditionalStyle;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateInstance;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DeleteElement;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Filter;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.SetValue;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ExpressionException;
import org.throughline.viewpoint.api.ViewpointLoadException;

/**
 * Checks a loaded viewpoint before anyone uses it: ids present and unique, domain classes known,
 * edge mappings complete, creation tools naming a mapping of their kind, every expression parsed.
 * The first problem found is reported in one sentence naming the file, the mapping (or filter,
 * tool, diagram) and the expression at fault.
 */
public final class ViewpointChecker {

    private final String file;

    private ViewpointChecker(String file) {
        this.file = file;
    }

    /**
     * @param viewpoint a loaded viewpoint
     * @param file      the file's name as the user knows it, for messages
     * @throws ViewpointLoadException at the first problem
     */
    public static void check(Viewpoint viewpoint, String file) throws ViewpointLoadException {
        new ViewpointChecker(file).run(viewpoint);
    }

    private void run(Viewpoint viewpoint) throws ViewpointLoadException {
        if (isBlank(viewpoint.getId())) {
            throw new ViewpointLoadException(Messages.bind(Messages.load_noId, file), null);
        }
        Set<String> diagramIds = new HashSet<>();
        for (DiagramDescription diagram : viewpoint.getDiagrams()) {
            if (isBlank(diagram.getId())) {
                fail(Messages.bind(Messages.check_missingId, file, Messages.kind_diagram));
            }
            if (!diagramIds.add(diagram.getId())) {
                fail(Messages.bind(Messages.check_duplicateId, new Object[] { file, Messages.kind_diagram, diagram.getId(),
                        viewpoint.getId() }));
            }
            checkClass(Messages.kind_diagram, diagram.getId(), diagram.getDomainClass(), true);
            checkDiagram(diagram);
        }
    }

    private void checkDiagram(DiagramDescription diagram) throws ViewpointLoadException {
        Set<String> mappingIds = new HashSet<>();
        for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Mapping mapping) {
                if (isBlank(mapping.getId())) {
                    fail(Messages.bind(Messages.check_missingId, file, Messages.kind_mapping));
                }
                if (!mappingIds.add(mapping.getId())) {
                    fail(Messages.bind(Messages.check_duplicateId, new Object[] { file, Messages.kind_mapping, mapping.getId(),
                            diagram.getId() }));
                }
                checkMapping(mapping);
            } else if (next instanceof ConditionalStyle style) {
                Mapping mapping = (Mapping) style.eContainer();
                required(Messages.kind_mapping, mapping.getId(), style.getPredicate(), Messages.needs_predicate);
            } else if (next instanceof Filter filter) {
                required(Messages.kind_filter, filter.getId(), filter.getPredicate(), Messages.needs_predicate);
            } else if (next instanceof Tool tool) {
                checkTool(tool);
            }
        }
    }

    private void checkMapping(Mapping mapping) throws ViewpointLoadException {
        String id = mapping.getId();
        boolean edge = mapping instanceof EdgeMapping;
        boolean elementBased = !edge || !isBlank(mapping.getDomainClass());
        checkClass(Messages.kind_mapping, id, mapping.getDomainClass(), !edge);
        optional(Messages.kind_mapping, id, mapping.getSemanticCandidates());
        optional(Messages.kind_mapping, id, mapping.getPrecondition());
        optional(Messages.kind_mapping, id, mapping.getLabelExpression());
        if (mapping instanceof EdgeMapping edgeMapping) {
            if (edgeMapping.getSourceMappings().isEmpty() || edgeMapping.getTargetMappings().isEmpty()) {
                fail(Messages.bind(Messages.check_edgeEnds, file, id));
            }
            if (elementBased) {
                if (isBlank(edgeMapping.getSourceExpression()) || isBlank(edgeMapping.getTargetExpression())) {
                    fail(Messages.bind(Messages.check_missingExpression, new Object[] { file, Messages.kind_mapping, id,
                            Messages.needs_sourceAndTarget }));
                }
                optional(Messages.kind_mapping, id, edgeMapping.getSourceExpression());
            }
            required(Messages.kind_mapping, id, edgeMapping.getTargetExpression(), Messages.needs_target);
        }
    }

    private void checkTool(Tool tool) throws ViewpointLoadException {
        if (tool instanceof CreateNodeTool && !(tool.getMapping() instanceof AbstractNodeMapping)) {
            fail(Messages.bind(Messages.check_toolMapping, new Object[] { file, tool.getId(), Messages.needs_nodeMapping }));
        }
        if (tool instanceof CreateEdgeTool && !(tool.getMapping() instanceof EdgeMapping)) {
            fail(Messages.bind(Messages.check_toolMapping, new Object[] { file, tool.getId(), Messages.needs_edgeMapping }));
        }
        for (EObject operation : tool.getOperations()) {
            if (operation instanceof CreateInstance create) {
                optional(Messages.kind_tool, tool.getId(), create.getOwnerExpression());
                checkClass(Messages.kind_tool, tool.getId(), create.getDomainClass(), true);
            } else if (operation instanceof SetValue set) {
                optional(Messages.kind_tool, tool.getId(), set.getElementExpression());
                optional(Messages.kind_tool, tool.getId(), set.getValueExpression());
            } else if (operation instanceof DeleteElement delete) {
                optional(Messages.kind_tool, tool.getId(), delete.getElementExpression());
            }
        }
    }

    private void checkClass(String kind, String id, String className, boolean required) throws ViewpointLoadException {
        if (isBlank(className)) {
            if (required) {
                fail(Messages.bind(Messages.check_unknownClass, new Object[] { file, kind, id, "" })); //$NON-NLS-1$
            }
            return;
        }
        if (MetamodelClasses.resolve(className) == null) {
            fail(Messages.bind(Messages.check_unknownClass, new Object[] { file, kind, id, className }));
        }
    }

    private void required(String kind, String id, String expression, String what) throws ViewpointLoadException {
        if (isBlank(expression)) {
            fail(Messages.bind(Messages.check_missingExpression, new Object[] { file, kind, id, what }));
        }
        optional(kind, id, expression);
    }

    private void optional(String kind, String id, String expression) throws ViewpointLoadException {
        if (isBlank(expression)) {
            return;
        }
        try {
            ExpressionEngine.parse(expression);
        } catch (ExpressionException e) {
            throw new ViewpointLoadException(Messages.bind(Messages.check_badExpression,
                    new Object[] { file, kind, id, expression, e.reason() }), e);
        }
    }

    private static void fail(String message) throws ViewpointLoadException {
        throw new ViewpointLoadException(message, null);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
