/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validation Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How validation treats one model: findings suppressed by the modellers, and rule severities changed for this model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.ValidationSettings#getSuppressions <em>Suppressions</em>}</li>
 *   <li>{@link org.throughline.model.ValidationSettings#getSeverityOverrides <em>Severity Overrides</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getValidationSettings()
 * @model
 * @generated
 */
public interface ValidationSettings extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Suppressions</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Suppression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The findings suppressed in this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suppressions</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getValidationSettings_Suppressions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Suppression> getSuppressions();

	/**
	 * Returns the value of the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.SeverityOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules whose severity is changed for this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity Overrides</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getValidationSettings_SeverityOverrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeverityOverride> getSeverityOverrides();

} // ValidationSettings
