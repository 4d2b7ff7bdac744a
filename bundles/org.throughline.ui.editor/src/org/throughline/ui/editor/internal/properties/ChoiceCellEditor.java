// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of the values an attribute may take (enum literals, true/false), with an empty choice when it may be unset. */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<?> values;

    ChoiceCellEditor(Composite parent, List<?> values, Function<Object, String> labels) {
        super(parent, values.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
    }

    @Override
    protected void doSetValue(Object value) {
        int index = values.indexOf(value);
        super.doSetValue(Math.max(index, 0));
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 || index >= values.size() ? null : values.get(index);
    }
}
