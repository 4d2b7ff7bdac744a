// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/**
 * Plugs the rule engine into EMF validation: {@code Diagnostician.INSTANCE.validate(model)}
 * returns the same findings as {@link Validator}, each a diagnostic whose data is the element and
 * the rule id. The whole catalogue runs once, when the model's root is validated.
 */
public final class ThroughlineEValidator implements EValidator {

    /** The diagnostic source of every finding. */
    public static final String SOURCE = "org.throughline.validation"; //$NON-NLS-1$

    private static volatile boolean installed;

    private final Validator validator;

    private ThroughlineEValidator(Validator validator) {
        this.validator = validator;
    }

    /** Registers the validator for the Throughline package, once. */
    public static void install() {
        if (!installed) {
            synchronized (ThroughlineEValidator.class) {
                if (!installed) {
                    EValidator.Registry.INSTANCE.put(ThroughlinePackage.eINSTANCE, new ThroughlineEValidator(Validator.standard()));
                    installed = true;
                }
            }
        }
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(eObject instanceof Model model)) {
            return true;
        }
        ValidationResult result = validator.validate(model);
        int code = 0;
        for (Finding finding : result.findings()) {
            int severity = switch (finding.severity()) {
                case ERROR -> Diagnostic.ERROR;
                case WARNING -> Diagnostic.WARNING;
                default -> Diagnostic.INFO;
            };
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, code++, finding.message(),
                        new Object[] { finding.element(), finding.rule().id() }));
            }
        }
        return result.findings().isEmpty();
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
