/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A long-term, cross-government mission: the ambition that priorities and outcomes line up behind (the long-term vision at the top of the line of sight).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Mission#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link org.throughline.model.Mission#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Mission#getOutcomes <em>Outcomes</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getMission()
 * @model
 * @generated
 */
public interface Mission extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date by which the mission is to be achieved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getMission_TargetDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Mission#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role accountable for the mission, typically a minister or senior responsible owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getMission_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Mission#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes that together achieve the mission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getMission_Outcomes()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

} // Mission
