/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the centre offers a priority to help it deliver (a stocktake's last question: how can we help?): a problem-solving review, capacity, or lessons from elsewhere, with who provides it and where the offer stands.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.SupportOffer#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.throughline.model.SupportOffer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.SupportOffer#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.SupportOffer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.SupportOffer#getOfferedDate <em>Offered Date</em>}</li>
 *   <li>{@link org.throughline.model.SupportOffer#getAddresses <em>Addresses</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getSupportOffer()
 * @model
 * @generated
 */
public interface SupportOffer extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The priority the support is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' reference.
	 * @see #setPriority(Priority)
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_Priority()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.throughline.model.SupportOffer#getPriority <em>Priority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' reference.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.SupportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of help.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.SupportKind
	 * @see #setKind(SupportKind)
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_Kind()
	 * @model
	 * @generated
	 */
	SupportKind getKind();

	/**
	 * Sets the value of the '{@link org.throughline.model.SupportOffer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.SupportKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SupportKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who provides the help (the delivery unit, a team, a person).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Actor getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.SupportOffer#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Actor value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.SupportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the offer stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.SupportStatus
	 * @see #setStatus(SupportStatus)
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_Status()
	 * @model
	 * @generated
	 */
	SupportStatus getStatus();

	/**
	 * Sets the value of the '{@link org.throughline.model.SupportOffer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.SupportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SupportStatus value);

	/**
	 * Returns the value of the '<em><b>Offered Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the help was offered (a model as at an earlier date does not know it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offered Date</em>' attribute.
	 * @see #setOfferedDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_OfferedDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getOfferedDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.SupportOffer#getOfferedDate <em>Offered Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offered Date</em>' attribute.
	 * @see #getOfferedDate()
	 * @generated
	 */
	void setOfferedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems the help is aimed at (a weak link, a pinch-point, an off-track indicator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getSupportOffer_Addresses()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Element> getAddresses();

} // SupportOffer
