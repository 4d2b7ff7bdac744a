/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A significant point in an initiative, due on a date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Milestone#getDate <em>Date</em>}</li>
 *   <li>{@link org.throughline.model.Milestone#isAchieved <em>Achieved</em>}</li>
 *   <li>{@link org.throughline.model.Milestone#getAchievedDate <em>Achieved Date</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends Element, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the milestone is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getMilestone_Date()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Milestone#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the milestone has been achieved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Achieved</em>' attribute.
	 * @see #setAchieved(boolean)
	 * @see org.throughline.model.ThroughlinePackage#getMilestone_Achieved()
	 * @model
	 * @generated
	 */
	boolean isAchieved();

	/**
	 * Sets the value of the '{@link org.throughline.model.Milestone#isAchieved <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved</em>' attribute.
	 * @see #isAchieved()
	 * @generated
	 */
	void setAchieved(boolean value);

	/**
	 * Returns the value of the '<em><b>Achieved Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the milestone was actually achieved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Achieved Date</em>' attribute.
	 * @see #setAchievedDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getMilestone_AchievedDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getAchievedDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Milestone#getAchievedDate <em>Achieved Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved Date</em>' attribute.
	 * @see #getAchievedDate()
	 * @generated
	 */
	void setAchievedDate(LocalDate value);

} // Milestone
