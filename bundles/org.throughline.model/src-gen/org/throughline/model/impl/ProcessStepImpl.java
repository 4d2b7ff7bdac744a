/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.throughline.model.Actor;
import org.throughline.model.Period;
import org.throughline.model.ProcessStep;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.ProcessStepImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.throughline.model.impl.ProcessStepImpl#getDemandPerPeriod <em>Demand Per Period</em>}</li>
 *   <li>{@link org.throughline.model.impl.ProcessStepImpl#getCapacityPerPeriod <em>Capacity Per Period</em>}</li>
 *   <li>{@link org.throughline.model.impl.ProcessStepImpl#getFailureDemandShare <em>Failure Demand Share</em>}</li>
 *   <li>{@link org.throughline.model.impl.ProcessStepImpl#getPerformedBy <em>Performed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessStepImpl extends ElementImpl implements ProcessStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final Period PERIOD_EDEFAULT = Period.NOT_SET;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected Period period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDemandPerPeriod() <em>Demand Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandPerPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final Double DEMAND_PER_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDemandPerPeriod() <em>Demand Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandPerPeriod()
	 * @generated
	 * @ordered
	 */
	protected Double demandPerPeriod = DEMAND_PER_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityPerPeriod() <em>Capacity Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityPerPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final Double CAPACITY_PER_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacityPerPeriod() <em>Capacity Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityPerPeriod()
	 * @generated
	 * @ordered
	 */
	protected Double capacityPerPeriod = CAPACITY_PER_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureDemandShare() <em>Failure Demand Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureDemandShare()
	 * @generated
	 * @ordered
	 */
	protected static final Double FAILURE_DEMAND_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureDemandShare() <em>Failure Demand Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureDemandShare()
	 * @generated
	 * @ordered
	 */
	protected Double failureDemandShare = FAILURE_DEMAND_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformedBy() <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected Actor performedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.PROCESS_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(Period newPeriod) {
		Period oldPeriod = period;
		period = newPeriod == null ? PERIOD_EDEFAULT : newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.PROCESS_STEP__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDemandPerPeriod() {
		return demandPerPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemandPerPeriod(Double newDemandPerPeriod) {
		Double oldDemandPerPeriod = demandPerPeriod;
		demandPerPeriod = newDemandPerPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.PROCESS_STEP__DEMAND_PER_PERIOD, oldDemandPerPeriod, demandPerPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCapacityPerPeriod() {
		return capacityPerPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityPerPeriod(Double newCapacityPerPeriod) {
		Double oldCapacityPerPeriod = capacityPerPeriod;
		capacityPerPeriod = newCapacityPerPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.PROCESS_STEP__CAPACITY_PER_PERIOD, oldCapacityPerPeriod, capacityPerPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFailureDemandShare() {
		return failureDemandShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureDemandShare(Double newFailureDemandShare) {
		Double oldFailureDemandShare = failureDemandShare;
		failureDemandShare = newFailureDemandShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.PROCESS_STEP__FAILURE_DEMAND_SHARE, oldFailureDemandShare, failureDemandShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getPerformedBy() {
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedBy(Actor newPerformedBy) {
		Actor oldPerformedBy = performedBy;
		performedBy = newPerformedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.PROCESS_STEP__PERFORMED_BY, oldPerformedBy, performedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.PROCESS_STEP__PERIOD:
				return getPeriod();
			case ThroughlinePackage.PROCESS_STEP__DEMAND_PER_PERIOD:
				return getDemandPerPeriod();
			case ThroughlinePackage.PROCESS_STEP__CAPACITY_PER_PERIOD:
				return getCapacityPerPeriod();
			case ThroughlinePackage.PROCESS_STEP__FAILURE_DEMAND_SHARE:
				return getFailureDemandShare();
			case ThroughlinePackage.PROCESS_STEP__PERFORMED_BY:
				return getPerformedBy();
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
			case ThroughlinePackage.PROCESS_STEP__PERIOD:
				setPeriod((Period)newValue);
				return;
			case ThroughlinePackage.PROCESS_STEP__DEMAND_PER_PERIOD:
				setDemandPerPeriod((Double)newValue);
				return;
			case ThroughlinePackage.PROCESS_STEP__CAPACITY_PER_PERIOD:
				setCapacityPerPeriod((Double)newValue);
				return;
			case ThroughlinePackage.PROCESS_STEP__FAILURE_DEMAND_SHARE:
				setFailureDemandShare((Double)newValue);
				return;
			case ThroughlinePackage.PROCESS_STEP__PERFORMED_BY:
				setPerformedBy((Actor)newValue);
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
			case ThroughlinePackage.PROCESS_STEP__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case ThroughlinePackage.PROCESS_STEP__DEMAND_PER_PERIOD:
				setDemandPerPeriod(DEMAND_PER_PERIOD_EDEFAULT);
				return;
			case ThroughlinePackage.PROCESS_STEP__CAPACITY_PER_PERIOD:
				setCapacityPerPeriod(CAPACITY_PER_PERIOD_EDEFAULT);
				return;
			case ThroughlinePackage.PROCESS_STEP__FAILURE_DEMAND_SHARE:
				setFailureDemandShare(FAILURE_DEMAND_SHARE_EDEFAULT);
				return;
			case ThroughlinePackage.PROCESS_STEP__PERFORMED_BY:
				setPerformedBy((Actor)null);
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
			case ThroughlinePackage.PROCESS_STEP__PERIOD:
				return period != PERIOD_EDEFAULT;
			case ThroughlinePackage.PROCESS_STEP__DEMAND_PER_PERIOD:
				return DEMAND_PER_PERIOD_EDEFAULT == null ? demandPerPeriod != null : !DEMAND_PER_PERIOD_EDEFAULT.equals(demandPerPeriod);
			case ThroughlinePackage.PROCESS_STEP__CAPACITY_PER_PERIOD:
				return CAPACITY_PER_PERIOD_EDEFAULT == null ? capacityPerPeriod != null : !CAPACITY_PER_PERIOD_EDEFAULT.equals(capacityPerPeriod);
			case ThroughlinePackage.PROCESS_STEP__FAILURE_DEMAND_SHARE:
				return FAILURE_DEMAND_SHARE_EDEFAULT == null ? failureDemandShare != null : !FAILURE_DEMAND_SHARE_EDEFAULT.equals(failureDemandShare);
			case ThroughlinePackage.PROCESS_STEP__PERFORMED_BY:
				return performedBy != null;
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
		result.append(" (period: ");
		result.append(period);
		result.append(", demandPerPeriod: ");
		result.append(demandPerPeriod);
		result.append(", capacityPerPeriod: ");
		result.append(capacityPerPeriod);
		result.append(", failureDemandShare: ");
		result.append(failureDemandShare);
		result.append(')');
		return result.toString();
	}

} //ProcessStepImpl
