/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An agreed action to get delivery back on track, with an owner and a due date, followed until done: a problem once found is never neglected.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.throughline.model.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.Action#getClosedDate <em>Closed Date</em>}</li>
 *   <li>{@link org.throughline.model.Action#getAddresses <em>Addresses</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is to carry out the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getAction_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Actor getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Action#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Actor value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the action is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getAction_DueDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the action stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.throughline.model.ThroughlinePackage#getAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.throughline.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Closed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the action was done or cancelled. Until that date it was open: seen as at an earlier date, the action is open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed Date</em>' attribute.
	 * @see #setClosedDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getAction_ClosedDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Action#getClosedDate <em>Closed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed Date</em>' attribute.
	 * @see #getClosedDate()
	 * @generated
	 */
	void setClosedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements whose problem the action addresses (an off-track indicator, a weak link, a risk, an issue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getAction_Addresses()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Element> getAddresses();

} // Action
