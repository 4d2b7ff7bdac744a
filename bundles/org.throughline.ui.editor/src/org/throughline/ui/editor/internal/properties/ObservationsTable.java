// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ThroughlinePackage.Literals;
import org.throughline.model.api.Trajectories;
import org.throughline.ui.editor.internal.Messages;

/**
 * An indicator's observations as a table to type in: date, value, whether the value is an
 * estimate, source and note, in date order; Add and Remove rows. Every edit, addition and
 * removal is one EMF command on the editor's stack, so Undo takes it back.
 * <p>
 * An observation counts as estimated when its note or source says "estimated" or "provisional"
 * (as the analyses read it); ticking the box writes "Estimated" at the start of the note,
 * clearing it takes those words out of the note.
 */
public final class ObservationsTable {

    private static final Pattern ESTIMATE_WORDS = Pattern.compile("(?i)\\b(estimated|estimate|provisional)\\b[.;,:]?\\s*"); //$NON-NLS-1$
    private static final int DATE = 0;
    private static final int VALUE = 1;
    private static final int ESTIMATED = 2;
    private static final int SOURCE = 3;
    private static final int NOTE = 4;

    private final AdapterFactoryEditingDomain domain;
    private final Composite control;
    private final TableViewer viewer;
    private final Button add;
    private final Button remove;
    private final Label problem;
    private Indicator indicator;

    /**
     * @param parent the parent
     * @param domain the editing domain whose stack receives every change
     */
    public ObservationsTable(Composite parent, AdapterFactoryEditingDomain domain) {
        this.domain = domain;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
        tableData.heightHint = viewer.getTable().getItemHeight() * 8;
        viewer.getTable().setLayoutData(tableData);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                return Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).compare(((Observation) a).getDate(),
                        ((Observation) b).getDate());
            }
        });
        column(Messages.observations_date, 96, DATE);
        column(Messages.observations_value, 80, VALUE);
        column(Messages.observations_estimated, 92, ESTIMATED);
        column(Messages.observations_source, 140, SOURCE);
        column(Messages.observations_note, 200, NOTE);
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer), ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        add = new Button(control, SWT.PUSH);
        add.setText(Messages.observations_add);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> addObservation());
        remove = new Button(control, SWT.PUSH);
        remove.setText(Messages.observations_remove);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        problem = new Label(control, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        viewer.addSelectionChangedListener(e -> remove.setEnabled(indicator != null && !e.getSelection().isEmpty()));
        remove.setEnabled(false);
    }

    /** @return the table and its buttons */
    public Composite control() {
        return control;
    }

    /** @return the table viewer */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the Add button */
    public Button addButton() {
        return add;
    }

    /** @return the Remove button */
    public Button removeButton() {
        return remove;
    }

    /** @param shown the indicator whose observations are shown */
    public void show(Indicator shown) {
        this.indicator = shown;
        refresh();
    }

    /** Shows the observations as they are now. */
    public void refresh() {
        // A cell being typed in keeps its text: its own command refreshes the table when it is done.
        if (viewer.getTable().isDisposed() || viewer.isCellEditorActive()) {
            return;
        }
        viewer.setInput(indicator == null ? List.of() : List.copyOf(indicator.getObservations()));
        add.setEnabled(indicator != null);
        remove.setEnabled(indicator != null && !viewer.getSelection().isEmpty());
    }

    /**
     * @param observation an observation
     * @return whether its note or source says it is an estimate
     */
    public static boolean estimated(Observation observation) {
        return Trajectories.estimated(observation);
    }

    /**
     * @param note      a note
     * @param estimated whether the value is an estimate
     * @return the note saying so, or with those words taken out
     */
    static String note(String note, boolean estimated) {
        String rest = note == null ? "" : ESTIMATE_WORDS.matcher(note).replaceAll("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (estimated) {
            return rest.isEmpty() ? Messages.observations_estimateNote : Messages.observations_estimateNote + ". " + rest; //$NON-NLS-1$
        }
        return rest.isEmpty() ? null : rest;
    }

    private void column(String title, int width, int index) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Observation observation = (Observation) element;
                return switch (index) {
                    case DATE -> ValueText.ofAttribute(Literals.OBSERVATION__DATE, observation.getDate());
                    case VALUE -> ValueText.ofAttribute(Literals.OBSERVATION__VALUE, observation.getValue());
                    case ESTIMATED -> estimated(observation) ? Messages.observations_yes : ""; //$NON-NLS-1$
                    case SOURCE -> observation.getSource() == null ? "" : observation.getSource(); //$NON-NLS-1$
                    default -> observation.getNote() == null ? "" : observation.getNote(); //$NON-NLS-1$
                };
            }
        });
        column.setEditingSupport(new Editing(index));
    }

    /** Edits one column of a row as a command. */
    private final class Editing extends EditingSupport {
        private final int index;
        private final CellEditor editor;

        Editing(int index) {
            super(viewer);
            this.index = index;
            if (index == ESTIMATED) {
                editor = new CheckboxCellEditor(viewer.getTable());
            } else {
                TextCellEditor text = new TextCellEditor(viewer.getTable());
                EAttribute attribute = attribute();
                text.setValidator(value -> TextValueCellEditor.problem(attribute, (String) value));
                text.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
                    @Override
                    public void applyEditorValue() {
                        say(""); //$NON-NLS-1$
                    }

                    @Override
                    public void cancelEditor() {
                        say(""); //$NON-NLS-1$
                    }

                    @Override
                    public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                        say(text.getErrorMessage() == null ? "" : text.getErrorMessage()); //$NON-NLS-1$
                    }
                });
                editor = text;
            }
        }

        private EAttribute attribute() {
            return switch (index) {
                case DATE -> Literals.OBSERVATION__DATE;
                case VALUE -> Literals.OBSERVATION__VALUE;
                case SOURCE -> Literals.OBSERVATION__SOURCE;
                default -> Literals.OBSERVATION__NOTE;
            };
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            // An estimate said so by the source is changed in the source.
            return index != ESTIMATED || !estimatedBySource((Observation) element);
        }

        @Override
        protected Object getValue(Object element) {
            Observation observation = (Observation) element;
            if (index == ESTIMATED) {
                return Boolean.valueOf(estimated(observation));
            }
            return ValueText.ofAttribute(attribute(), observation.eGet(attribute()));
        }

        @Override
        protected void setValue(Object element, Object value) {
            Observation observation = (Observation) element;
            if (index == ESTIMATED) {
                set(observation, Literals.OBSERVATION__NOTE, note(observation.getNote(), Boolean.TRUE.equals(value)),
                        Messages.observations_estimated);
                return;
            }
            String typed = value == null ? "" : value.toString(); //$NON-NLS-1$
            if (TextValueCellEditor.problem(attribute(), typed) != null) {
                return;
            }
            set(observation, attribute(), TextValueCellEditor.convert(attribute(), typed), viewer.getTable().getColumn(index).getText());
        }
    }

    private static boolean estimatedBySource(Observation observation) {
        String source = observation.getSource() == null ? "" : observation.getSource().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return source.contains("estimat") || source.contains("provisional"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void set(Observation observation, EAttribute attribute, Object value, String what) {
        if (java.util.Objects.equals(observation.eGet(attribute), value)) {
            return;
        }
        CompoundCommand named = new CompoundCommand(Messages.bind(Messages.command_setProperty, what));
        named.append(SetCommand.create(domain, observation, attribute, value == null ? SetCommand.UNSET_VALUE : value));
        execute(named);
    }

    private void addObservation() {
        if (indicator == null) {
            return;
        }
        Observation observation = ThroughlineFactory.eINSTANCE.createObservation();
        LocalDate asAt = EcoreUtil.getRootContainer(indicator) instanceof Model model ? model.getAsAt() : null;
        observation.setDate(asAt != null ? asAt : LocalDate.now());
        CompoundCommand named = new CompoundCommand(Messages.observations_addCommand);
        named.append(AddCommand.create(domain, indicator, Literals.INDICATOR__OBSERVATIONS, observation));
        if (execute(named)) {
            refresh();
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(observation), true);
            viewer.editElement(observation, VALUE);
        }
    }

    private void removeSelected() {
        if (indicator == null || !(viewer.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
            return;
        }
        CompoundCommand named = new CompoundCommand(Messages.observations_removeCommand);
        named.append(RemoveCommand.create(domain, indicator, Literals.INDICATOR__OBSERVATIONS, selection.toList()));
        if (execute(named)) {
            refresh();
        }
    }

    private boolean execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            return true;
        }
        command.dispose();
        return false;
    }

    private void say(String text) {
        if (!problem.isDisposed()) {
            problem.setText(text);
            control.layout(true, true);
        }
    }
}
