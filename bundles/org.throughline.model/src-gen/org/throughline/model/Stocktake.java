/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stocktake</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A routine meeting in which the centre and the delivery owners review progress on priorities against the data, judge the likelihood of delivery and agree actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Stocktake#getDate <em>Date</em>}</li>
 *   <li>{@link org.throughline.model.Stocktake#getChair <em>Chair</em>}</li>
 *   <li>{@link org.throughline.model.Stocktake#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.throughline.model.Stocktake#getPrioritiesReviewed <em>Priorities Reviewed</em>}</li>
 *   <li>{@link org.throughline.model.Stocktake#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.throughline.model.Stocktake#getActionsAgreed <em>Actions Agreed</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getStocktake()
 * @model
 * @generated
 */
public interface Stocktake extends Concept {
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
	 * When the stocktake took place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_Date()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Stocktake#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who chaired the stocktake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chair</em>' reference.
	 * @see #setChair(Person)
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_Chair()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getChair();

	/**
	 * Sets the value of the '{@link org.throughline.model.Stocktake#getChair <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' reference.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(Person value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who attended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_Attendees()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Priorities Reviewed</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The priorities reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priorities Reviewed</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_PrioritiesReviewed()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Priority> getPrioritiesReviewed();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessments made or agreed at the stocktake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_Assessments()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Actions Agreed</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actions agreed at the stocktake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions Agreed</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getStocktake_ActionsAgreed()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Action> getActionsAgreed();

} // Stocktake
