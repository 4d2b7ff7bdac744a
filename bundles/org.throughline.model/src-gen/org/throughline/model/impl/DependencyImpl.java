/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.throughline.model.Criticality;
import org.throughline.model.Deliverable;
import org.throughline.model.Dependency;
import org.throughline.model.DependencyKind;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dependency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.DependencyImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.throughline.model.impl.DependencyImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.throughline.model.impl.DependencyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.impl.DependencyImpl#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.throughline.model.impl.DependencyImpl#getNeededBy <em>Needed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DependencyImpl extends ConceptImpl implements Dependency {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Deliverable from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Deliverable to;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DependencyKind KIND_EDEFAULT = DependencyKind.DELIVERY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DependencyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected static final Criticality CRITICALITY_EDEFAULT = Criticality.NOT_SET;

	/**
	 * The cached value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected Criticality criticality = CRITICALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNeededBy() <em>Needed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeededBy()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEEDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNeededBy() <em>Needed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeededBy()
	 * @generated
	 * @ordered
	 */
	protected LocalDate neededBy = NEEDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DependencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.DEPENDENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deliverable getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Deliverable newFrom) {
		Deliverable oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.DEPENDENCY__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deliverable getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Deliverable newTo) {
		Deliverable oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.DEPENDENCY__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DependencyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DependencyKind newKind) {
		DependencyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.DEPENDENCY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criticality getCriticality() {
		return criticality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticality(Criticality newCriticality) {
		Criticality oldCriticality = criticality;
		criticality = newCriticality == null ? CRITICALITY_EDEFAULT : newCriticality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.DEPENDENCY__CRITICALITY, oldCriticality, criticality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNeededBy() {
		return neededBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeededBy(LocalDate newNeededBy) {
		LocalDate oldNeededBy = neededBy;
		neededBy = newNeededBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.DEPENDENCY__NEEDED_BY, oldNeededBy, neededBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.DEPENDENCY__FROM:
				return getFrom();
			case ThroughlinePackage.DEPENDENCY__TO:
				return getTo();
			case ThroughlinePackage.DEPENDENCY__KIND:
				return getKind();
			case ThroughlinePackage.DEPENDENCY__CRITICALITY:
				return getCriticality();
			case ThroughlinePackage.DEPENDENCY__NEEDED_BY:
				return getNeededBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ThroughlinePackage.DEPENDENCY__FROM:
				setFrom((Deliverable)newValue);
				return;
			case ThroughlinePackage.DEPENDENCY__TO:
				setTo((Deliverable)newValue);
				return;
			case ThroughlinePackage.DEPENDENCY__KIND:
				setKind((DependencyKind)newValue);
				return;
			case ThroughlinePackage.DEPENDENCY__CRITICALITY:
				setCriticality((Criticality)newValue);
				return;
			case ThroughlinePackage.DEPENDENCY__NEEDED_BY:
				setNeededBy((LocalDate)newValue);
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
			case ThroughlinePackage.DEPENDENCY__FROM:
				setFrom((Deliverable)null);
				return;
			case ThroughlinePackage.DEPENDENCY__TO:
				setTo((Deliverable)null);
				return;
			case ThroughlinePackage.DEPENDENCY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ThroughlinePackage.DEPENDENCY__CRITICALITY:
				setCriticality(CRITICALITY_EDEFAULT);
				return;
			case ThroughlinePackage.DEPENDENCY__NEEDED_BY:
				setNeededBy(NEEDED_BY_EDEFAULT);
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
			case ThroughlinePackage.DEPENDENCY__FROM:
				return from != null;
			case ThroughlinePackage.DEPENDENCY__TO:
				return to != null;
			case ThroughlinePackage.DEPENDENCY__KIND:
				return kind != KIND_EDEFAULT;
			case ThroughlinePackage.DEPENDENCY__CRITICALITY:
				return criticality != CRITICALITY_EDEFAULT;
			case ThroughlinePackage.DEPENDENCY__NEEDED_BY:
				return NEEDED_BY_EDEFAULT == null ? neededBy != null : !NEEDED_BY_EDEFAULT.equals(neededBy);
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
		result.append(", criticality: ");
		result.append(criticality);
		result.append(", neededBy: ");
		result.append(neededBy);
		result.append(')');
		return result.toString();
	}

} //DependencyImpl
