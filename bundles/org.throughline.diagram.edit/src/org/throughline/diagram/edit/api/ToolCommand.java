// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.throughline.diagram.edit.internal.Filing;
import org.throughline.diagram.edit.internal.Messages;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.CreateInstance;
import org.throughline.viewpoint.DeleteElement;
import org.throughline.viewpoint.Operation;
import org.throughline.viewpoint.SetValue;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ExpressionException;

/**
 * Runs a viewpoint tool's operations on the domain model as EMF commands of the editing domain:
 * {@link CreateInstance} becomes an {@link AddCommand} of the new element (to the containment
 * reference it names, or else to the first of its owner's that can hold it; a concept meant for
 * the model's top level goes into the folder where the model keeps its kind, see {@link Filing}),
 * {@link SetValue} a {@link SetCommand} (or an {@link AddCommand} for a many-valued feature, or
 * {@link MoveCommand}s when the value holds the feature's elements in a new order), {@link DeleteElement}
 * a {@link DeleteCommand} (which also removes every reference to the element). Operations run in
 * order, each seeing the model as the earlier ones left it and the variables they defined; the
 * whole tool is one undoable command.
 * <p>
 * Variables: {@code self} and {@code root} (the diagram's root, unless the tool gives another
 * {@code self}), {@code model}, and those of the tool: {@code container} for node creation,
 * {@code source} and {@code target} for edge creation, {@code element} for deletion and direct
 * edit, {@code value} for direct edit. A value that does not fit a reference's type is not set
 * (a node created on the diagram background has no tier, for example).
 */
public final class ToolCommand extends CompoundCommand {

    private final EditingDomain domain;
    private final Tool tool;
    private final EObject self;
    private final EObject root;
    private final Map<String, Object> variables;
    private final List<EObject> created = new ArrayList<>();
    private String problem;
    private java.util.function.Consumer<EObject> whenCreated = e -> {
    };

    /**
     * @param domain    the editing domain
     * @param tool      the tool
     * @param self      the element the tool works on
     * @param root      the diagram's root
     * @param variables the tool's variables
     */
    public ToolCommand(EditingDomain domain, Tool tool, EObject self, EObject root, Map<String, Object> variables) {
        super(tool.getLabel() != null ? tool.getLabel() : tool.getId());
        this.domain = domain;
        this.tool = tool;
        this.self = self;
        this.root = root;
        this.variables = new HashMap<>(variables);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        try {
            for (Operation operation : tool.getOperations()) {
                run(operation);
            }
            nameByEnds();
        } catch (ExpressionException | IllegalArgumentException e) {
            problem = NLS.bind(Messages.tool_failed, tool.getLabel(), e.getMessage());
            // Leave the model as it was: undo what already ran.
            for (int i = commandList.size() - 1; i >= 0; i--) {
                commandList.get(i).undo();
            }
            commandList.clear();
            // Thrown so that the command stack keeps nothing of it; the editor shows problem().
            throw new IllegalStateException(problem, e);
        }
    }

    @Override
    public boolean canUndo() {
        return problem == null && super.canUndo();
    }

    /**
     * @param callback told of the first element the tool creates, before it is added to the model,
     *                 on execute and on redo
     */
    public void whenCreated(java.util.function.Consumer<EObject> callback) {
        this.whenCreated = callback;
    }

    @Override
    public void redo() {
        if (!created.isEmpty()) {
            whenCreated.accept(created.get(0));
        }
        super.redo();
    }

    /** @return why the tool could not run, or {@code null} when it ran */
    public String problem() {
        return problem;
    }

    /** @return the elements the tool created, in order */
    public List<EObject> created() {
        return List.copyOf(created);
    }

    private void run(Operation operation) throws ExpressionException {
        if (operation instanceof CreateInstance create) {
            EClass type = MetamodelClasses.resolve(create.getDomainClass());
            if (type == null || type.isAbstract()) {
                throw new IllegalArgumentException(NLS.bind(Messages.tool_noClass, create.getDomainClass()));
            }
            EObject element = EcoreUtil.create(type);
            if (element instanceof Element e) {
                if (e.getId() == null) {
                    e.setId(UUID.randomUUID().toString());
                }
            }
            EObject owner = asObject(evaluate(create.getOwnerExpression()), create.getOwnerExpression());
            EStructuralFeature feature = create.getReference() == null || create.getReference().isBlank() ? containment(owner, type)
                    : feature(owner, create.getReference());
            if (!(feature instanceof EReference r) || !r.isContainment()) {
                throw new IllegalArgumentException(NLS.bind(Messages.tool_notContainment, create.getReference(), owner.eClass().getName()));
            }
            if (owner instanceof Model model && feature == ThroughlinePackage.Literals.MODEL__ELEMENTS) {
                Folder folder = Filing.folderFor(model, type);
                if (folder != null) {
                    owner = folder;
                    feature = ThroughlinePackage.Literals.FOLDER__ELEMENTS;
                }
            }
            if (element instanceof Element e) {
                e.setName(uniqueName(NLS.bind(Messages.tool_newName, tool.getLabel() != null ? tool.getLabel() : type.getName()), type,
                        owner, feature, e));
            }
            Command add = feature.isMany() ? AddCommand.create(domain, owner, feature, element)
                    : SetCommand.create(domain, owner, feature, element);
            if (created.isEmpty()) {
                whenCreated.accept(element);
            }
            created.add(element);
            runStep(add);
            if (create.getVariable() != null && !create.getVariable().isBlank()) {
                variables.put(create.getVariable(), element);
            }
        } else if (operation instanceof SetValue set) {
            EObject element = asObject(evaluate(set.getElementExpression()), set.getElementExpression());
            EStructuralFeature feature = feature(element, set.getFeature());
            Object value = evaluate(set.getValueExpression());
            if (feature.isMany() && reorders(element, feature, value)) {
                List<?> order = List.copyOf((Collection<?>) value);
                for (int i = 0; i < order.size(); i++) {
                    if (((List<?>) element.eGet(feature)).indexOf(order.get(i)) != i) {
                        runStep(MoveCommand.create(domain, element, feature, order.get(i), i));
                    }
                }
            } else if (feature.isMany()) {
                List<Object> values = new ArrayList<>();
                for (Object v : value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value)) {
                    Object converted = convert(feature, v);
                    if (fits(feature, converted) && !((List<?>) element.eGet(feature)).contains(converted)) {
                        values.add(converted);
                    }
                }
                if (!values.isEmpty()) {
                    runStep(AddCommand.create(domain, element, feature, values));
                }
            } else {
                Object converted = convert(feature, value);
                if (fits(feature, converted)) {
                    runStep(SetCommand.create(domain, element, feature, converted == null ? SetCommand.UNSET_VALUE : converted));
                }
            }
        } else if (operation instanceof DeleteElement delete) {
            Object value = evaluate(delete.getElementExpression());
            if (value instanceof EObject element && element.eResource() != null) {
                runStep(DeleteCommand.create(domain, element));
            }
        }
    }

    /**
     * Names an element drawn between two others for what it joins ("Trust \u2192 Wards", in the
     * direction of its own references, whichever way it was drawn), once the tool has set its ends.
     */
    private void nameByEnds() {
        if (created.isEmpty() || !(created.get(0) instanceof Element element) || element.eContainer() == null) {
            return;
        }
        List<Element> ends = new ArrayList<>();
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && !reference.isContainer()
                    && element.eGet(reference) instanceof Element end && (end == variables.get("source") || end == variables.get("target")) //$NON-NLS-1$ //$NON-NLS-2$
                    && end.getName() != null && !end.getName().isBlank()) {
                ends.add(end);
            }
        }
        if (ends.size() == 2) {
            String name = uniqueName(NLS.bind(Messages.tool_joinName, ends.get(0).getName().strip(), ends.get(1).getName().strip()),
                    element.eClass(), element.eContainer(), element.eContainmentFeature(), element);
            runStep(SetCommand.create(domain, element, ThroughlinePackage.Literals.ELEMENT__NAME, name));
        }
    }

    /**
     * @return the name, numbered ("New Organisation 2") when another element of the type where the
     *         new one goes has it already, so that a new element never raises the duplicate-name
     *         warning by itself
     */
    private static String uniqueName(String base, EClass type, EObject owner, EStructuralFeature feature, EObject self) {
        Set<String> taken = new HashSet<>();
        if (feature.isMany()) {
            for (Object sibling : (List<?>) owner.eGet(feature)) {
                if (sibling != self && sibling instanceof Element e && e.eClass() == type && e.getName() != null) {
                    taken.add(e.getName().strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = NLS.bind(Messages.tool_numberedName, base, Integer.toString(n));
        }
        return name;
    }

    private void runStep(Command command) {
        if (!command.canExecute()) {
            throw new IllegalArgumentException(NLS.bind(Messages.tool_cannotExecute, command.getLabel()));
        }
        appendAndExecute(command);
    }

    private Object evaluate(String expression) throws ExpressionException {
        return ExpressionEngine.parse(expression).evaluate(self, root, variables);
    }

    private static EObject asObject(Object value, String expression) {
        if (value instanceof EObject e) {
            return e;
        }
        throw new IllegalArgumentException(NLS.bind(Messages.tool_notAnElement, expression, String.valueOf(value)));
    }

    private static EStructuralFeature feature(EObject element, String name) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.tool_noFeature, element.eClass().getName(), name));
        }
        return feature;
    }

    /** Whether a value set on a many-valued feature holds exactly its elements, in another order or the same. */
    private static boolean reorders(EObject element, EStructuralFeature feature, Object value) {
        List<?> current = (List<?>) element.eGet(feature);
        return value instanceof Collection<?> order && !current.isEmpty() && order.size() == current.size()
                && new HashSet<Object>(order).equals(new HashSet<Object>(current));
    }

    /** The first containment reference of the owner's class that can hold an element of the type without replacing one. */
    private static EReference containment(EObject owner, EClass type) {
        for (EReference reference : owner.eClass().getEAllContainments()) {
            if (reference.isChangeable() && reference.getEReferenceType().isSuperTypeOf(type)
                    && (reference.isMany() || owner.eGet(reference) == null)) {
                return reference;
            }
        }
        throw new IllegalArgumentException(NLS.bind(Messages.tool_noPlace, owner.eClass().getName(), type.getName()));
    }

    private static Object convert(EStructuralFeature feature, Object value) {
        if (value == null || !(feature instanceof EAttribute attribute)) {
            return value;
        }
        EDataType type = attribute.getEAttributeType();
        if (type.isInstance(value)) {
            return value;
        }
        if (type instanceof EEnum e) {
            var literal = e.getEEnumLiteral(String.valueOf(value));
            return literal == null ? value : literal.getInstance();
        }
        return EcoreUtil.createFromString(type, String.valueOf(value));
    }

    private static boolean fits(EStructuralFeature feature, Object value) {
        if (value == null) {
            return true;
        }
        if (feature instanceof EReference reference) {
            return reference.getEReferenceType().isInstance(value);
        }
        return feature.getEType().isInstance(value);
    }
}
