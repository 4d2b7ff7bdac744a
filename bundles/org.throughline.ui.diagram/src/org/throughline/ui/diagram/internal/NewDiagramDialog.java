// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * Asks for a new diagram: its kind (a diagram description of an installed viewpoint), the element
 * it is drawn for (one of the model's elements of the description's domain class, or a new one, so
 * that a User Journey or Delivery Chain diagram can be started on a model that has none yet) and
 * its name.
 */
final class NewDiagramDialog extends TitleAreaDialog {

    private final Model model;
    private final java.util.List<DiagramDescription> descriptions;
    private final java.util.List<EObject> roots = new ArrayList<>();
    private Combo kinds;
    private List rootList;
    private Text nameText;
    private DiagramDescription description;
    private EObject root;
    private EClass newRootType;
    private String name;

    NewDiagramDialog(Shell shell, Model model, ViewpointRegistry registry) {
        super(shell);
        this.model = model;
        this.descriptions = registry.diagrams();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.page_newDiagramTitle);
        setMessage(Messages.page_newDiagramMessage);
        getShell().setText(Messages.page_newDiagramTitle);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText(Messages.page_viewpoint);
        kinds = new Combo(body, SWT.READ_ONLY);
        kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (DiagramDescription d : descriptions) {
            kinds.add(d.getLabel() != null ? d.getLabel() : d.getId());
        }
        Label rootLabel = new Label(body, SWT.NONE);
        rootLabel.setText(Messages.page_root);
        rootLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        rootList = new List(body, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 180;
        listData.widthHint = 420;
        rootList.setLayoutData(listData);
        new Label(body, SWT.NONE).setText(Messages.page_name);
        nameText = new Text(body, SWT.BORDER);
        nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kinds.addListener(SWT.Selection, e -> kindChosen());
        rootList.addListener(SWT.Selection, e -> rootChosen());
        if (!descriptions.isEmpty()) {
            kinds.select(0);
            kindChosen();
        }
        return area;
    }

    private void kindChosen() {
        DiagramDescription d = descriptions.get(kinds.getSelectionIndex());
        roots.clear();
        rootList.removeAll();
        EClass type = ThroughlinePackage.eINSTANCE.getEClassifier(d.getDomainClass()) instanceof EClass c ? c : null;
        if (type != null && type.isInstance(model)) {
            roots.add(model);
        }
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type != null && type.isInstance(next)) {
                roots.add(next);
            }
        }
        for (EObject candidate : roots) {
            rootList.add(label(candidate));
        }
        newRootType = creatable(type) ? type : null;
        if (newRootType != null) {
            // The element to draw for need not exist yet: a new one is made with the diagram.
            roots.add(null);
            rootList.add(NLS.bind(Messages.page_newRoot, ModelLabels.typeInSentence(type)));
        }
        if (roots.isEmpty()) {
            setErrorMessage(NLS.bind(Messages.page_noRoot, type == null ? d.getDomainClass() : ModelLabels.typeInSentence(type),
                    kinds.getText()));
        } else {
            setErrorMessage(null);
            rootList.select(0);
        }
        rootChosen();
    }

    private void rootChosen() {
        int index = rootList.getSelectionIndex();
        DiagramDescription d = descriptions.get(kinds.getSelectionIndex());
        if (index >= 0) {
            EObject candidate = roots.get(index);
            String rootName = candidate instanceof Element e && e.getName() != null ? e.getName()
                    : candidate == null ? newName(newRootType) : ""; //$NON-NLS-1$
            String label = d.getLabel() != null ? d.getLabel() : d.getId();
            nameText.setText(rootName.isEmpty() ? label : label + ": " + rootName); //$NON-NLS-1$
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(index >= 0);
        }
    }

    /** @return whether a new element of a class can be made and kept in the model: a concrete concept */
    private static boolean creatable(EClass type) {
        return type != null && !type.isAbstract() && ThroughlinePackage.Literals.CONCEPT.isSuperTypeOf(type);
    }

    /** @return the name a new element of a class gets when a diagram is drawn for it */
    static String newName(EClass type) {
        return NLS.bind(Messages.page_newRootName, ModelLabels.typeInSentence(type));
    }

    private static String label(EObject element) {
        String type = element.eClass().getName();
        return element instanceof Element e && e.getName() != null && !e.getName().isBlank() ? e.getName() + "  (" + type + ")" : type; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(rootList.getSelectionIndex() >= 0);
    }

    @Override
    protected void okPressed() {
        description = descriptions.get(kinds.getSelectionIndex());
        root = roots.get(rootList.getSelectionIndex());
        name = nameText.getText();
        super.okPressed();
    }

    /** @return the kind of diagram chosen */
    DiagramDescription description() {
        return description;
    }

    /** @return the element chosen, or {@code null} when a new one is to be made ({@link #newRootType()}) */
    EObject root() {
        return root;
    }

    /** @return the class of the new element to draw for, when that was chosen */
    EClass newRootType() {
        return root == null ? newRootType : null;
    }

    /** @return the name given */
    String name() {
        return name;
    }
}
