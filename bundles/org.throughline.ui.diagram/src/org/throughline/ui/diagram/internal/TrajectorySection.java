// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.TrajectoryFigure;
import org.throughline.ui.editor.internal.properties.ObservationsTable;

/**
 * An indicator's Trajectory tab in the Properties view: its chart ({@link TrajectoryFigure}, the
 * drawing the reports write too, painted by {@link CanvasPainter}) over its observations as a table to type in; the chart follows
 * every edit.
 */
public final class TrajectorySection extends AbstractPropertySection {

    private static final int CHART_HEIGHT = 230;

    private Composite body;
    private Canvas chart;
    private CanvasPainter painter;
    private ObservationsTable table;
    private AdapterFactoryEditingDomain domain;
    private Indicator indicator;
    private TabbedPropertySheetPage page;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        page = tabbedPage;
        body = getWidgetFactory().createComposite(parent);
        body.setLayout(new GridLayout(1, false));
        chart = new Canvas(body, SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = CHART_HEIGHT;
        data.widthHint = 420;
        chart.setLayoutData(data);
        painter = new CanvasPainter(chart.getDisplay());
        chart.addPaintListener(e -> {
            if (indicator != null) {
                Rectangle area = chart.getClientArea();
                painter.paint(e.gc, drawings(area.width, area.height), 1, 0, 0);
            }
        });
        chart.addDisposeListener(e -> painter.dispose());
    }

    /**
     * @param width  the chart's width
     * @param height the chart's height
     * @return what the chart draws now
     */
    public List<Drawing> drawings(int width, int height) {
        Model model = indicator != null && EcoreUtil.getRootContainer(indicator) instanceof Model m ? m : null;
        return TrajectoryFigure.of(indicator, model == null ? null : model.getAsAt(), width, height).drawings();
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        IEditingDomainProvider provider = part == null ? null : part.getAdapter(IEditingDomainProvider.class);
        if (!(first instanceof Indicator shown) || provider == null
                || !(provider.getEditingDomain() instanceof AdapterFactoryEditingDomain editingDomain)) {
            return;
        }
        indicator = shown;
        if (editingDomain != domain) {
            domain = editingDomain;
            if (table != null) {
                table.control().dispose();
            }
            table = new ObservationsTable(body, editingDomain);
            getWidgetFactory().adapt(table.control());
            table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            body.layout(true, true);
            page.resizeScrolledComposite();
        }
        table.show(indicator);
    }

    @Override
    public void refresh() {
        if (table != null) {
            table.refresh();
        }
        chart.redraw();
    }

    /** @return the observations table (for tests) */
    public ObservationsTable table() {
        return table;
    }

    /** @return the chart (for tests) */
    public Canvas chart() {
        return chart;
    }
}
