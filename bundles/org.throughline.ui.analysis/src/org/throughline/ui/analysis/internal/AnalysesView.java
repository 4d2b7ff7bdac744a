// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Model;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/**
 * The Analyses view: runs an analysis of the model in the active model editor and shows its
 * answer, a headline and a table; opening a row (double-click or Enter) shows its element in the
 * editor, selected in the active page, so a diagram page highlights it.
 * <p>
 * The analysis runs in the background on a copy of the model taken when the user asks, so the
 * modeller can go on editing; when the model changes afterwards the view says the results are
 * of an earlier state.
 */
public final class AnalysesView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.throughline.ui.analysis.analysesView"; //$NON-NLS-1$

    private static final int MAX_COLUMN_WIDTH = 420;

    private final Analyses analyses = Analyses.standard();
    private final CommandStackListener modelChanged = event -> getSite().getShell().getDisplay().asyncExec(this::modelChanged);
    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            follow(reference);
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            follow(reference);
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (context != null && reference.getPart(false) == context.editor()) {
                showModel(null);
            }
        }
    };

    private ComboViewer chooser;
    private Button run;
    private Label question;
    private Label model;
    private Label headline;
    private TableViewer table;
    private ItemLabelProvider elementLabels;

    private ModelEditorContext context;
    private AnalysisRun shown;
    private AnalysisRunner.Results results;
    private boolean running;
    private boolean stale;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).spacing(6, 4).applyTo(parent);

        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.view_analysis);
        chooser = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setContentProvider(ArrayContentProvider.getInstance());
        chooser.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((AnalysisDescriptor) element).name();
            }
        });
        List<AnalysisDescriptor> known = analyses.descriptors();
        chooser.setInput(known);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.getControl());
        run = new Button(parent, SWT.PUSH);
        run.setText(Messages.view_run);
        run.addListener(SWT.Selection, e -> runChosen());
        model = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(model);

        question = wrapping(parent);
        headline = wrapping(parent);
        headline.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table.getControl());
        getSite().setSelectionProvider(table);

        chooser.addSelectionChangedListener(event -> describeChosen());
        if (!known.isEmpty()) {
            chooser.setSelection(new StructuredSelection(known.get(0)));
        }
        getSite().getPage().addPartListener(editors);
        IEditorPart active = getSite().getPage().getActiveEditor();
        showModel(active == null ? null : active.getAdapter(ModelEditorContext.class));
    }

    private static Label wrapping(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    @Override
    public void setFocus() {
        chooser.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        showModel(null);
        if (elementLabels != null) {
            elementLabels.dispose();
        }
        super.dispose();
    }

    // ---- what tests and users drive -----------------------------------------------------------

    /** @return the analyses offered, in the order of the chooser */
    List<AnalysisDescriptor> offered() {
        @SuppressWarnings("unchecked")
        List<AnalysisDescriptor> input = (List<AnalysisDescriptor>) chooser.getInput();
        return input;
    }

    /** Chooses the analysis to run, as the chooser would. */
    void choose(String id) {
        offered().stream().filter(d -> d.id().equals(id)).findFirst()
                .ifPresent(d -> chooser.setSelection(new StructuredSelection(d), true));
    }

    /** Runs the chosen analysis, as the Run button does. */
    void runChosen() {
        AnalysisDescriptor descriptor = chosen();
        if (descriptor == null || running) {
            return;
        }
        if (context == null) {
            setLiteral(headline, Messages.view_noModel);
            return;
        }
        EObject subject = null;
        if (descriptor.needsSubject()) {
            subject = selectedElement();
            if (subject == null) {
                setLiteral(headline, NLS.bind(Messages.view_needsElement, descriptor.name()));
                relayout();
                return;
            }
        }
        running = true;
        run.setEnabled(false);
        setLiteral(headline, NLS.bind(Messages.view_running, descriptor.name()));
        relayout();
        ModelEditorContext askedOf = context;
        AnalysisRunner.start(analyses, descriptor, askedOf.model(), subject, done -> {
            running = false;
            if (table.getControl().isDisposed()) {
                return;
            }
            run.setEnabled(true);
            if (askedOf == context) {
                show(done.run(), done);
            }
        });
    }

    /** @return the file name of the model the view analyses, or {@code null} */
    String modelShown() {
        return context == null ? null : context.modelPath().getFileName().toString();
    }

    /** @return the table of the results */
    TableViewer table() {
        return table;
    }

    /** @return the text of the label that shows the headline, as SWT has it */
    String headlineAsShown() {
        return headline.getText();
    }

    /** @return the headline shown above the table: the answer, or why there is none */
    String headline() {
        return headline.getText().replace("&&", "&"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens rows: shows their elements in the model editor. */
    void open(IStructuredSelection rows) {
        if (context == null || results == null) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object row : rows.toList()) {
            EObject element = results.original(((AnalysisResult.Row) row).element());
            // Elements of a model kept in fragments live in other files of it, inside its tree.
            if (element != null && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element) == context.model()) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty()) {
            getSite().getPage().activate(context.editor());
            context.select(elements);
        }
    }

    // ---- inner workings -----------------------------------------------------------------------

    private AnalysisDescriptor chosen() {
        return (AnalysisDescriptor) chooser.getStructuredSelection().getFirstElement();
    }

    private void describeChosen() {
        AnalysisDescriptor descriptor = chosen();
        setLiteral(question, descriptor == null ? "" : descriptor.needsSubject() //$NON-NLS-1$
                ? NLS.bind(Messages.view_questionOfElement, descriptor.question())
                : descriptor.question());
        relayout();
    }

    private void follow(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart editor) {
            ModelEditorContext candidate = editor.getAdapter(ModelEditorContext.class);
            if (candidate != null && candidate != context) {
                showModel(candidate);
            }
        }
    }

    private void showModel(ModelEditorContext next) {
        if (context != null) {
            context.editingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        }
        context = next;
        shown = null;
        results = null;
        stale = false;
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        if (elementLabels != null) {
            elementLabels.dispose();
            elementLabels = null;
        }
        if (context == null) {
            setLiteral(model, ""); //$NON-NLS-1$
        } else {
            context.editingDomain().getCommandStack().addCommandStackListener(modelChanged);
            elementLabels = new ItemLabelProvider(context.editingDomain().getAdapterFactory());
            setLiteral(model, NLS.bind(Messages.view_model, context.modelPath().getFileName()));
        }
        setLiteral(headline, context == null ? Messages.view_noModel : ""); //$NON-NLS-1$
        setColumns(List.of());
        table.setInput(List.of());
        relayout();
    }

    private void modelChanged() {
        if (shown != null && !stale && !headline.isDisposed()) {
            stale = true;
            setLiteral(headline, headline() + ' ' + Messages.view_stale);
            relayout();
        }
    }

    private void show(AnalysisRun done, AnalysisRunner.Results found) {
        shown = done;
        results = found;
        stale = false;
        if (done.failed()) {
            setLiteral(headline, done.failure());
            setColumns(List.of());
            table.setInput(List.of());
        } else {
            AnalysisResult result = done.result();
            setLiteral(headline, result.rows().isEmpty() ? result.headline() + ' ' + Messages.view_noRows : result.headline());
            setColumns(result.columns());
            table.setInput(result.rows());
            for (TableColumn column : table.getTable().getColumns()) {
                column.pack();
                column.setWidth(Math.min(MAX_COLUMN_WIDTH, column.getWidth() + 8));
            }
        }
        relayout();
    }

    private void setColumns(List<String> titles) {
        Table control = table.getTable();
        for (TableColumn column : control.getColumns()) {
            column.dispose();
        }
        for (String title : titles) {
            TableColumn column = new TableColumn(control, SWT.LEFT);
            column.setText(title);
            column.setMoveable(true);
        }
        table.setLabelProvider(new RowLabels());
    }

    private EObject selectedElement() {
        var provider = context.editor().getSite().getSelectionProvider();
        if (provider != null && provider.getSelection() instanceof IStructuredSelection selection) {
            for (Object item : selection.toList()) {
                // The model itself is no subject: it is what every analysis reads.
                if (item instanceof EObject element && !(element instanceof Model)
                        && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element) == context.model()) {
                    return element;
                }
            }
        }
        return null;
    }

    /** Shows text as it is: a label would take an ampersand in a name (A&E) for a mnemonic. */
    private static void setLiteral(Label label, String text) {
        label.setText(text.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void relayout() {
        if (!headline.isDisposed()) {
            headline.getParent().layout(true, true);
        }
    }

    /** The cells of a row as people read them; the first column shows its element's icon. */
    private final class RowLabels extends LabelProvider implements ITableLabelProvider {

        @Override
        public String getColumnText(Object row, int column) {
            List<Object> cells = ((AnalysisResult.Row) row).cells();
            return column < cells.size() ? AnalysisResult.text(cells.get(column)) : ""; //$NON-NLS-1$
        }

        @Override
        public Image getColumnImage(Object row, int column) {
            if (column != 0 || results == null || elementLabels == null) {
                return null;
            }
            EObject element = results.original(((AnalysisResult.Row) row).element());
            return element == null ? null : elementLabels.getImage(element);
        }
    }
}
