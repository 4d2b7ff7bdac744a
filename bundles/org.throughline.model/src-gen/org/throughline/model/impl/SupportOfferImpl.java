/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

import org.throughline.model.Actor;
import org.throughline.model.Element;
import org.throughline.model.Priority;
import org.throughline.model.SupportKind;
import org.throughline.model.SupportOffer;
import org.throughline.model.SupportStatus;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Support Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getOfferedDate <em>Offered Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.SupportOfferImpl#getAddresses <em>Addresses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupportOfferImpl extends ConceptImpl implements SupportOffer {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SupportKind KIND_EDEFAULT = SupportKind.NOT_SET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SupportKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Actor owner;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SupportStatus STATUS_EDEFAULT = SupportStatus.NOT_SET;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SupportStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOfferedDate() <em>Offered Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OFFERED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfferedDate() <em>Offered Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate offeredDate = OFFERED_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> addresses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupportOfferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.SUPPORT_OFFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SUPPORT_OFFER__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SupportKind newKind) {
		SupportKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SUPPORT_OFFER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Actor newOwner) {
		Actor oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SUPPORT_OFFER__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SupportStatus newStatus) {
		SupportStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SUPPORT_OFFER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOfferedDate() {
		return offeredDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfferedDate(LocalDate newOfferedDate) {
		LocalDate oldOfferedDate = offeredDate;
		offeredDate = newOfferedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SUPPORT_OFFER__OFFERED_DATE, oldOfferedDate, offeredDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectEList<Element>(Element.class, this, ThroughlinePackage.SUPPORT_OFFER__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.SUPPORT_OFFER__PRIORITY:
				return getPriority();
			case ThroughlinePackage.SUPPORT_OFFER__KIND:
				return getKind();
			case ThroughlinePackage.SUPPORT_OFFER__OWNER:
				return getOwner();
			case ThroughlinePackage.SUPPORT_OFFER__STATUS:
				return getStatus();
			case ThroughlinePackage.SUPPORT_OFFER__OFFERED_DATE:
				return getOfferedDate();
			case ThroughlinePackage.SUPPORT_OFFER__ADDRESSES:
				return getAddresses();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ThroughlinePackage.SUPPORT_OFFER__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__KIND:
				setKind((SupportKind)newValue);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__OWNER:
				setOwner((Actor)newValue);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__STATUS:
				setStatus((SupportStatus)newValue);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__OFFERED_DATE:
				setOfferedDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Element>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ThroughlinePackage.SUPPORT_OFFER__PRIORITY:
				setPriority((Priority)null);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__OWNER:
				setOwner((Actor)null);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__OFFERED_DATE:
				setOfferedDate(OFFERED_DATE_EDEFAULT);
				return;
			case ThroughlinePackage.SUPPORT_OFFER__ADDRESSES:
				getAddresses().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ThroughlinePackage.SUPPORT_OFFER__PRIORITY:
				return priority != null;
			case ThroughlinePackage.SUPPORT_OFFER__KIND:
				return kind != KIND_EDEFAULT;
			case ThroughlinePackage.SUPPORT_OFFER__OWNER:
				return owner != null;
			case ThroughlinePackage.SUPPORT_OFFER__STATUS:
				return status != STATUS_EDEFAULT;
			case ThroughlinePackage.SUPPORT_OFFER__OFFERED_DATE:
				return OFFERED_DATE_EDEFAULT == null ? offeredDate != null : !OFFERED_DATE_EDEFAULT.equals(offeredDate);
			case ThroughlinePackage.SUPPORT_OFFER__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", offeredDate: ");
		result.append(offeredDate);
		result.append(')');
		return result.toString();
	}

} //SupportOfferImpl
