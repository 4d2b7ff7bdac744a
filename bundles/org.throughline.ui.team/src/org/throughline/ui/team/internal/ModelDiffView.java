// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.throughline.analysis.api.DeliveryChanges.Change;
import org.throughline.model.Element;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelIndex;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * The Model Changes view: what changed in a model since an earlier version, element by element
 * (added, removed, moved, reordered, a feature changed) and in delivery terms (judgements, link
 * strengths, indicators against their trajectories, actions, actors and links: what the report's
 * "since the last stocktake" says, here against a commit); double-click opens the element.
 */
public final class ModelDiffView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.throughline.ui.team.modelDiffView"; //$NON-NLS-1$

    private Label heading;
    private CTabItem elementsTab;
    private CTabItem deliveryTab;
    private TableViewer table;
    private TableViewer delivery;
    private Path modelFile;
    private List<ModelChange> changes = List.of();
    private List<Change> deliveryChanges = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.diff_empty);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        elementsTab = new CTabItem(tabs, SWT.NONE);
        table = Tables.table(page(tabs, elementsTab), SWT.SINGLE,
                new String[] { Messages.diff_change, Messages.diff_element, Messages.diff_feature, Messages.diff_before,
                        Messages.diff_after },
                new int[] { 90, 300, 120, 220, 220 }, (row, column) -> {
                    ModelChange change = (ModelChange) row;
                    return switch (column.intValue()) {
                    case 0 -> kind(change.kind());
                    case 1 -> element(change.type(), change.name());
                    case 2 -> Tables.feature(change.type(), change.feature());
                    case 3 -> Tables.value(change.type(), change.feature(), change.before());
                    default -> Tables.value(change.type(), change.feature(), change.after());
                    };
                });
        table.addDoubleClickListener(event -> open((ModelChange) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        deliveryTab = new CTabItem(tabs, SWT.NONE);
        delivery = Tables.table(page(tabs, deliveryTab), SWT.SINGLE,
                new String[] { Messages.delivery_kind, Messages.diff_element, Messages.diff_before, Messages.diff_after,
                        Messages.delivery_direction },
                new int[] { 160, 300, 200, 200, 110 }, (row, column) -> {
                    Change change = (Change) row;
                    return switch (column.intValue()) {
                    case 0 -> change.kind().label();
                    case 1 -> change.name();
                    case 2 -> change.before();
                    case 3 -> change.after();
                    default -> change.worse() == null ? null : change.worse() ? Messages.delivery_worse : Messages.delivery_better;
                    };
                });
        delivery.addDoubleClickListener(event -> {
            Change change = (Change) ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (change != null && change.element() instanceof Element element) {
                open(element.getId(), change.name());
            }
        });
        tabs.setSelection(elementsTab);
        titleTabs();
    }

    private static Composite page(CTabFolder tabs, CTabItem tab) {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        tab.setControl(page);
        return page;
    }

    private void titleTabs() {
        elementsTab.setText(Tables.format(Messages.diff_elementsTab, Integer.valueOf(changes.size())));
        deliveryTab.setText(Tables.format(Messages.diff_deliveryTab, Integer.valueOf(deliveryChanges.size())));
    }

    /**
     * Shows the changes of a model.
     *
     * @param file    the model file
     * @param title   what is compared with what
     * @param shown   the changes, element by element
     * @param inDelivery the same changes in delivery terms (judgements, link strengths, indicators
     *                against their trajectories, actions, actors and links)
     */
    public void show(Path file, String title, List<ModelChange> shown, List<Change> inDelivery) {
        this.modelFile = file;
        this.changes = List.copyOf(shown);
        this.deliveryChanges = List.copyOf(inDelivery);
        delivery.setInput(deliveryChanges);
        titleTabs();
        heading.setText(shown.isEmpty() ? Messages.bind(Messages.diff_same, title) : Tables.format(Messages.diff_heading, title,
                Integer.valueOf(shown.size())));
        heading.getParent().layout();
        table.setInput(changes);
    }

    /** @return the changes shown */
    List<ModelChange> changes() {
        return changes;
    }

    /** @return the text of a cell of the Elements table, as the modeller reads it */
    String cell(int row, int column) {
        return table.getTable().getItem(row).getText(column);
    }

    /** @return the changes shown in delivery terms */
    List<Change> deliveryChanges() {
        return deliveryChanges;
    }

    /** @return the heading above the table */
    String heading() {
        return heading.getText();
    }

    /** Opens a change's element in the model editor (selected there); a removed element is said to be gone. */
    void open(ModelChange change) {
        if (change != null) {
            open(change.id(), element(change.type(), change.name()));
        }
    }

    private void open(String id, String label) {
        if (modelFile == null) {
            return;
        }
        try {
            ModelEditorContext editor = TeamContext.open(getSite().getPage(), modelFile);
            EObject element = ModelIndex.of(editor.modelResource()).get(id);
            if (element == null) {
                MessageDialog.openInformation(getSite().getShell(), Messages.team_title, Messages.bind(Messages.diff_gone, label));
                return;
            }
            editor.select(List.of(element));
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.team_title, e.getMessage());
        }
    }

    static String kind(ModelChange.Kind kind) {
        return switch (kind) {
        case ADDED -> Messages.diff_added;
        case REMOVED -> Messages.diff_removed;
        case MOVED -> Messages.diff_moved;
        case REORDERED -> Messages.diff_reordered;
        case CHANGED -> Messages.diff_changed;
        };
    }

    static String element(String type, String name) {
        return name == null ? type : type + " \u201c" + name + '\u201d'; //$NON-NLS-1$
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
