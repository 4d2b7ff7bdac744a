// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.throughline.ui.editor.internal.Messages;

/**
 * Picks one element of a model: a drop-down of every element that may be chosen, by name, in
 * which one can also type — names containing what is typed are proposed as one types, and Enter
 * or leaving the field takes the one that matches. Text that matches nothing is refused with a
 * sentence under the field, and the field goes back to the current element.
 */
public final class ReferencePicker {

    private final Combo combo;
    private final AdapterFactory adapterFactory;
    private final boolean optional;
    private final Consumer<Object> chosen;
    private final List<Object> choices = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Object current;
    private Label problem;
    private boolean showing;

    /**
     * @param parent         the parent
     * @param adapterFactory names of elements
     * @param optional       whether "none" may be chosen (the empty text)
     * @param chosen         called with the element chosen ({@code null} for none), only when it changes
     */
    public ReferencePicker(Composite parent, AdapterFactory adapterFactory, boolean optional, Consumer<Object> chosen) {
        this.adapterFactory = adapterFactory;
        this.optional = optional;
        this.chosen = chosen;
        combo = new Combo(parent, SWT.DROP_DOWN);
        combo.setVisibleItemCount(16);
        combo.addListener(SWT.Selection, e -> {
            if (!showing) {
                int index = combo.getSelectionIndex();
                if (index >= 0) {
                    take(choices.get(index));
                }
            }
        });
        combo.addListener(SWT.DefaultSelection, e -> resolve());
        combo.addListener(SWT.FocusOut, e -> resolve());
        ContentProposalAdapter proposals = new ContentProposalAdapter(combo, new ComboContentAdapter(), this::proposals, null, null);
        proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposals.addContentProposalListener(proposal -> resolve());
    }

    /** @return the drop-down */
    public Combo combo() {
        return combo;
    }

    /** @param label where to say that typed text matches nothing */
    public void setProblemLabel(Label label) {
        this.problem = label;
    }

    /**
     * Shows the choices and the current element.
     *
     * @param elements the elements that may be chosen
     * @param value    the current element, or {@code null}
     */
    public void show(Collection<?> elements, Object value) {
        current = value;
        choices.clear();
        names.clear();
        Map<String, Integer> seen = new HashMap<>();
        List<Object> sorted = new ArrayList<>(elements.stream().filter(Objects::nonNull).toList());
        sorted.sort((a, b) -> name(a).compareToIgnoreCase(name(b)));
        if (optional) {
            choices.add(null);
            names.add(""); //$NON-NLS-1$
        }
        for (Object element : sorted) {
            String name = name(element);
            int count = seen.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            choices.add(element);
            names.add(count == 1 ? name : name + " (" + count + ')'); //$NON-NLS-1$
        }
        showing = true;
        try {
            combo.setItems(names.toArray(String[]::new));
            int index = choices.indexOf(value);
            if (index >= 0) {
                combo.select(index);
            } else {
                combo.setText(value == null ? "" : name(value)); //$NON-NLS-1$
            }
        } finally {
            showing = false;
        }
        say(""); //$NON-NLS-1$
    }

    /** An element's own name (the list says what kind of element it is), else its label. */
    private String name(Object element) {
        if (element instanceof org.throughline.model.Element named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName().strip();
        }
        return ValueText.of(adapterFactory, element);
    }

    private IContentProposal[] proposals(String contents, int position) {
        String typed = contents.strip().toLowerCase(Locale.ROOT);
        List<IContentProposal> matching = new ArrayList<>();
        for (String name : names) {
            if (!name.isEmpty() && name.toLowerCase(Locale.ROOT).contains(typed)) {
                matching.add(new ContentProposal(name));
            }
        }
        return matching.toArray(IContentProposal[]::new);
    }

    /** Takes the element whose name is typed, or the one element whose name contains it. */
    private void resolve() {
        if (combo.isDisposed() || showing) {
            return;
        }
        String typed = combo.getText().strip();
        if (typed.isEmpty()) {
            if (optional) {
                take(null);
            } else {
                refuse(typed);
            }
            return;
        }
        int exact = -1;
        int containing = -1;
        int containingCount = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.equalsIgnoreCase(typed)) {
                exact = i;
                break;
            }
            if (!name.isEmpty() && name.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT))) {
                containing = i;
                containingCount++;
            }
        }
        if (exact >= 0) {
            take(choices.get(exact));
        } else if (containingCount == 1) {
            take(choices.get(containing));
        } else {
            refuse(typed);
        }
    }

    private void take(Object element) {
        say(""); //$NON-NLS-1$
        showing = true;
        try {
            int index = choices.indexOf(element);
            if (index >= 0 && combo.getSelectionIndex() != index) {
                combo.select(index);
            }
        } finally {
            showing = false;
        }
        if (!Objects.equals(element, current)) {
            current = element;
            chosen.accept(element);
        }
    }

    private void refuse(String typed) {
        say(typed.isEmpty() ? Messages.form_required : Messages.bind(Messages.form_noMatch, typed));
        showing = true;
        try {
            int index = choices.indexOf(current);
            if (index >= 0) {
                combo.select(index);
            } else {
                combo.setText(""); //$NON-NLS-1$
            }
        } finally {
            showing = false;
        }
    }

    private void say(String text) {
        if (problem != null && !problem.isDisposed() && !text.equals(problem.getText())) {
            problem.setText(text);
            problem.getParent().layout(true, true);
        }
    }
}
