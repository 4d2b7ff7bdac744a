// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.team.api.ModelRepository.ModelCommit;

/** The tables of the Team views: columns of text. */
final class Tables {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

    private Tables() {
    }

    /**
     * @param parent  where the table goes (a grid layout of one column)
     * @param style   extra SWT style bits (such as {@link SWT#MULTI})
     * @param headers the columns' titles
     * @param widths  the columns' widths
     * @param text    the text of a row's column
     * @return the table's viewer, its input a list
     */
    static TableViewer table(Composite parent, int style, String[] headers, int[] widths, BiFunction<Object, Integer, String> text) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new Labels(text));
        return viewer;
    }

    /** @return a commit's short id, with the tags that name it (a stocktake, say) */
    static String id(ModelCommit commit) {
        return commit.tags().isEmpty() ? commit.shortId() : commit.shortId() + ", " + String.join(", ", commit.tags()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return when a commit was made, in the local time zone */
    static String when(ModelCommit commit) {
        return WHEN.format(commit.when());
    }

    /**
     * @param pattern   a message with counts in choice format ({@code {0,choice,1#1 change|1<{0} changes}})
     * @param arguments its arguments
     * @return the message
     */
    static String format(String pattern, Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }

    /**
     * @param type    the name of an element's class, as a diff or merge gives it
     * @param feature the name of one of its features, or {@code null}
     * @return the feature's name in words ("Strength"), or the name as given when the class or
     *         feature is not Throughline's
     */
    static String feature(String type, String feature) {
        EStructuralFeature known = known(type, feature);
        return known == null ? feature : ModelLabels.feature(known);
    }

    /**
     * @param type    the name of an element's class
     * @param feature the name of one of its features, or {@code null}
     * @param value   a value of the feature as a diff or merge writes it
     * @return the value for a cell: a choice in words ("Weak" for {@code WEAK}), none as a dash
     */
    static String value(String type, String feature, String value) {
        if (value != null && known(type, feature) instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum choices
                && choices.getEEnumLiteral(value) != null) {
            return ModelLabels.literal(choices.getEEnumLiteral(value).getInstance());
        }
        return value(value);
    }

    private static EStructuralFeature known(String type, String feature) {
        return feature != null && ThroughlinePackage.eINSTANCE.getEClassifier(type) instanceof EClass eClass
                ? eClass.getEStructuralFeature(feature)
                : null;
    }

    /** @return a value for a cell: none shown as a dash */
    static String value(String value) {
        return value == null ? Messages.value_none : value;
    }

    private static final class Labels extends LabelProvider implements ITableLabelProvider {
        private final BiFunction<Object, Integer, String> text;

        Labels(BiFunction<Object, Integer, String> text) {
            this.text = text;
        }

        @Override
        public Image getColumnImage(Object element, int columnIndex) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int columnIndex) {
            String cell = text.apply(element, Integer.valueOf(columnIndex));
            return cell == null ? "" : cell.replace('\n', ' '); //$NON-NLS-1$
        }
    }
}
