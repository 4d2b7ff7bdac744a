/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection;

import org.eclipse.emf.common.util.EList;

import org.throughline.model.Concept;
import org.throughline.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regime</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regulator's programme of inspections, e.g. a care quality regime: who inspects, and the inspections carried out under it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.inspection.InspectionRegime#getRegulator <em>Regulator</em>}</li>
 *   <li>{@link org.example.inspection.InspectionRegime#getInspections <em>Inspections</em>}</li>
 * </ul>
 *
 * @see org.example.inspection.InspectionPackage#getInspectionRegime()
 * @model
 * @generated
 */
public interface InspectionRegime extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Regulator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that inspects (usually of kind regulator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regulator</em>' reference.
	 * @see #setRegulator(Organisation)
	 * @see org.example.inspection.InspectionPackage#getInspectionRegime_Regulator()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Organisation getRegulator();

	/**
	 * Sets the value of the '{@link org.example.inspection.InspectionRegime#getRegulator <em>Regulator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regulator</em>' reference.
	 * @see #getRegulator()
	 * @generated
	 */
	void setRegulator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Inspections</b></em>' containment reference list.
	 * The list contents are of type {@link org.example.inspection.Inspection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inspections carried out under this regime.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspections</em>' containment reference list.
	 * @see org.example.inspection.InspectionPackage#getInspectionRegime_Inspections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inspection> getInspections();

} // InspectionRegime
