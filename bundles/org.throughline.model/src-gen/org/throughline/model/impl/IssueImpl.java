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
import org.throughline.model.Issue;
import org.throughline.model.Level;
import org.throughline.model.LogStatus;
import org.throughline.model.Risk;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getRaisedDate <em>Raised Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getAffects <em>Affects</em>}</li>
 *   <li>{@link org.throughline.model.impl.IssueImpl#getRisk <em>Risk</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssueImpl extends ConceptImpl implements Issue {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected static final Level IMPACT_EDEFAULT = Level.NOT_SET;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected Level impact = IMPACT_EDEFAULT;

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
	 * The default value of the '{@link #getRaisedDate() <em>Raised Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAISED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedDate() <em>Raised Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate raisedDate = RAISED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOLUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected String resolution = RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LogStatus STATUS_EDEFAULT = LogStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected LogStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffects() <em>Affects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffects()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> affects;

	/**
	 * The cached value of the '{@link #getRisk() <em>Risk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisk()
	 * @generated
	 * @ordered
	 */
	protected Risk risk;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getImpact() {
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(Level newImpact) {
		Level oldImpact = impact;
		impact = newImpact == null ? IMPACT_EDEFAULT : newImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__IMPACT, oldImpact, impact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRaisedDate() {
		return raisedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedDate(LocalDate newRaisedDate) {
		LocalDate oldRaisedDate = raisedDate;
		raisedDate = newRaisedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__RAISED_DATE, oldRaisedDate, raisedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(String newResolution) {
		String oldResolution = resolution;
		resolution = newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(LogStatus newStatus) {
		LogStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getAffects() {
		if (affects == null) {
			affects = new EObjectEList<Element>(Element.class, this, ThroughlinePackage.ISSUE__AFFECTS);
		}
		return affects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk getRisk() {
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRisk(Risk newRisk) {
		Risk oldRisk = risk;
		risk = newRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.ISSUE__RISK, oldRisk, risk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.ISSUE__IMPACT:
				return getImpact();
			case ThroughlinePackage.ISSUE__OWNER:
				return getOwner();
			case ThroughlinePackage.ISSUE__RAISED_DATE:
				return getRaisedDate();
			case ThroughlinePackage.ISSUE__RESOLUTION:
				return getResolution();
			case ThroughlinePackage.ISSUE__STATUS:
				return getStatus();
			case ThroughlinePackage.ISSUE__AFFECTS:
				return getAffects();
			case ThroughlinePackage.ISSUE__RISK:
				return getRisk();
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
			case ThroughlinePackage.ISSUE__IMPACT:
				setImpact((Level)newValue);
				return;
			case ThroughlinePackage.ISSUE__OWNER:
				setOwner((Actor)newValue);
				return;
			case ThroughlinePackage.ISSUE__RAISED_DATE:
				setRaisedDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.ISSUE__RESOLUTION:
				setResolution((String)newValue);
				return;
			case ThroughlinePackage.ISSUE__STATUS:
				setStatus((LogStatus)newValue);
				return;
			case ThroughlinePackage.ISSUE__AFFECTS:
				getAffects().clear();
				getAffects().addAll((Collection<? extends Element>)newValue);
				return;
			case ThroughlinePackage.ISSUE__RISK:
				setRisk((Risk)newValue);
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
			case ThroughlinePackage.ISSUE__IMPACT:
				setImpact(IMPACT_EDEFAULT);
				return;
			case ThroughlinePackage.ISSUE__OWNER:
				setOwner((Actor)null);
				return;
			case ThroughlinePackage.ISSUE__RAISED_DATE:
				setRaisedDate(RAISED_DATE_EDEFAULT);
				return;
			case ThroughlinePackage.ISSUE__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case ThroughlinePackage.ISSUE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ThroughlinePackage.ISSUE__AFFECTS:
				getAffects().clear();
				return;
			case ThroughlinePackage.ISSUE__RISK:
				setRisk((Risk)null);
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
			case ThroughlinePackage.ISSUE__IMPACT:
				return impact != IMPACT_EDEFAULT;
			case ThroughlinePackage.ISSUE__OWNER:
				return owner != null;
			case ThroughlinePackage.ISSUE__RAISED_DATE:
				return RAISED_DATE_EDEFAULT == null ? raisedDate != null : !RAISED_DATE_EDEFAULT.equals(raisedDate);
			case ThroughlinePackage.ISSUE__RESOLUTION:
				return RESOLUTION_EDEFAULT == null ? resolution != null : !RESOLUTION_EDEFAULT.equals(resolution);
			case ThroughlinePackage.ISSUE__STATUS:
				return status != STATUS_EDEFAULT;
			case ThroughlinePackage.ISSUE__AFFECTS:
				return affects != null && !affects.isEmpty();
			case ThroughlinePackage.ISSUE__RISK:
				return risk != null;
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
		result.append(" (impact: ");
		result.append(impact);
		result.append(", raisedDate: ");
		result.append(raisedDate);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //IssueImpl
