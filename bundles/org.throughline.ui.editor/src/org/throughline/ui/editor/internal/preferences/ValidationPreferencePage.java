// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.preferences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.search.FindElementsHandler;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.Validator;

/**
 * Preferences > Throughline Validation: the severity of each rule (error, warning, info, or
 * ignored), stored where the validation reads it (node {@code org.throughline.validation}, key
 * {@code severity.RULE-ID}); open models are revalidated when the page is applied.
 */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The choices, in the order of the drop-down: the rule's default, then each severity, then off. */
    private static final String[] VALUES = { null, Severity.ERROR.name(), Severity.WARNING.name(), Severity.INFO.name(), "IGNORE" }; //$NON-NLS-1$

    private List<RuleDescriptor> rules = List.of();
    private final Map<String, String> chosen = new HashMap<>();
    private TableViewer table;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.preferences_description);
        rules = Validator.standard().rules();
        IEclipsePreferences node = node();
        for (RuleDescriptor rule : rules) {
            String value = node.get(key(rule), null);
            if (value != null) {
                chosen.put(rule.id(), value);
            }
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(Validator.PREFERENCES);
    }

    private static String key(RuleDescriptor rule) {
        return "severity." + rule.id(); //$NON-NLS-1$
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.preferences_rule, 230, RuleDescriptor::id);
        column(Messages.preferences_category, 110, RuleDescriptor::category);
        TableViewerColumn severity = column(Messages.preferences_severity, 150, this::label);
        severity.setEditingSupport(new EditingSupport(table) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                RuleDescriptor rule = (RuleDescriptor) element;
                String[] labels = new String[VALUES.length];
                for (int i = 0; i < VALUES.length; i++) {
                    labels[i] = VALUES[i] == null ? NLS.bind(Messages.preferences_default, name(rule.defaultSeverity().name()))
                            : name(VALUES[i]);
                }
                return new ComboBoxCellEditor(table.getTable(), labels, SWT.READ_ONLY);
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                String value = chosen.get(((RuleDescriptor) element).id());
                for (int i = 1; i < VALUES.length; i++) {
                    if (VALUES[i].equals(value)) {
                        return i;
                    }
                }
                return 0;
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = (Integer) value;
                RuleDescriptor rule = (RuleDescriptor) element;
                if (index <= 0 || index >= VALUES.length) {
                    chosen.remove(rule.id());
                } else {
                    chosen.put(rule.id(), VALUES[index]);
                }
                table.update(element, null);
            }
        });
        table.setInput(rules);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 360).applyTo(table.getControl());
        table.getTable().addListener(SWT.MouseHover, event -> {
            var item = table.getTable().getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
            table.getTable().setToolTipText(item == null ? null : ((RuleDescriptor) item.getData()).description());
        });
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.preferences_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(hint);
        return area;
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<RuleDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RuleDescriptor) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((RuleDescriptor) element).description();
            }
        });
        return column;
    }

    private String label(RuleDescriptor rule) {
        String value = chosen.get(rule.id());
        return value == null ? NLS.bind(Messages.preferences_default, name(rule.defaultSeverity().name())) : name(value);
    }

    private static String name(String value) {
        return switch (value) {
            case "ERROR" -> Messages.preferences_error; //$NON-NLS-1$
            case "WARNING" -> Messages.preferences_warning; //$NON-NLS-1$
            case "INFO" -> Messages.preferences_info; //$NON-NLS-1$
            case "IGNORE" -> Messages.preferences_ignore; //$NON-NLS-1$
            default -> value;
        };
    }

    @Override
    protected void performDefaults() {
        chosen.clear();
        table.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        store(chosen, rules);
        for (ModelEditor editor : FindElementsHandler.openEditors()) {
            if (editor.validation() != null) {
                editor.validation().revalidateAll();
            }
        }
        return true;
    }

    /**
     * Writes severities to the preferences the validation reads.
     *
     * @param severities rule id to a {@link Severity} name or IGNORE; rules left out go back to their default
     * @param allRules   every rule
     */
    public static void store(Map<String, String> severities, List<RuleDescriptor> allRules) {
        IEclipsePreferences node = node();
        for (RuleDescriptor rule : allRules) {
            String value = severities.get(rule.id());
            if (value == null) {
                node.remove(key(rule));
            } else {
                node.put(key(rule), value);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(ValidationPreferencePage.class).error(e.getMessage(), e);
        }
    }
}
