// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelRepository.ElementVersion;
import org.throughline.team.api.ModelRepository.ModelCommit;

/**
 * The Model History view: the commits that changed a model file, or those in which one element
 * changed (with what changed); double-click compares the open model with that version.
 */
public final class HistoryView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.throughline.ui.team.historyView"; //$NON-NLS-1$

    /** A row: a commit and, for an element's history, what changed about the element. */
    record Row(ModelCommit commit, String changes) {
    }

    private Label heading;
    private TableViewer table;
    private Path modelFile;
    private List<Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.history_empty);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Tables.table(parent, SWT.SINGLE,
                new String[] { Messages.history_when, Messages.history_author, Messages.history_message, Messages.history_changes,
                        Messages.history_commit },
                new int[] { 130, 120, 320, 320, 80 }, (row, column) -> {
                    Row commit = (Row) row;
                    return switch (column.intValue()) {
                    case 0 -> Tables.when(commit.commit());
                    case 1 -> commit.commit().author();
                    case 2 -> commit.commit().message();
                    case 3 -> commit.changes();
                    default -> Tables.id(commit.commit());
                    };
                });
        table.addDoubleClickListener(event -> compare((Row) ((IStructuredSelection) event.getSelection()).getFirstElement()));
    }

    /**
     * Shows the commits that changed a model file.
     *
     * @param file    the model file
     * @param commits its commits, newest first
     */
    public void showModel(Path file, List<ModelCommit> commits) {
        List<Row> shown = new ArrayList<>();
        for (ModelCommit commit : commits) {
            shown.add(new Row(commit, null));
        }
        show(file, Tables.format(Messages.history_modelHeading, file.getFileName(), Integer.valueOf(commits.size())), shown);
    }

    /**
     * Shows the commits in which one element changed.
     *
     * @param file     the model file
     * @param element  the element, as a person reads it
     * @param versions those commits, newest first
     */
    public void showElement(Path file, String element, List<ElementVersion> versions) {
        List<Row> shown = new ArrayList<>();
        for (ElementVersion version : versions) {
            List<String> changes = new ArrayList<>();
            for (ModelChange change : version.changes()) {
                changes.add(change.kind() == ModelChange.Kind.CHANGED
                        ? Messages.bind(Messages.history_featureChange, change.feature(), Tables.value(change.after()))
                        : ModelDiffView.kind(change.kind()));
            }
            shown.add(new Row(version.commit(), String.join("; ", changes))); //$NON-NLS-1$
        }
        show(file, Tables.format(Messages.history_elementHeading, element, Integer.valueOf(versions.size())), shown);
    }

    private void show(Path file, String title, List<Row> shown) {
        modelFile = file;
        rows = List.copyOf(shown);
        heading.setText(title);
        heading.getParent().layout();
        table.setInput(rows);
    }

    /** @return the rows shown */
    List<Row> rows() {
        return rows;
    }

    /** @return the heading above the table */
    String heading() {
        return heading.getText();
    }

    /** Compares the open model with the version of a row. */
    void compare(Row row) {
        if (row != null && modelFile != null) {
            CompareHandler.compare(getSite().getPage(), modelFile, row.commit());
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
