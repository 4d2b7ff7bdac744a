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

import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Benefit;
import org.throughline.model.Indicator;
import org.throughline.model.Outcome;
import org.throughline.model.Role;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benefit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getRealisationDate <em>Realisation Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.throughline.model.impl.BenefitImpl#getBeneficiaries <em>Beneficiaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenefitImpl extends ConceptImpl implements Benefit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double ESTIMATED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected Double estimatedValue = ESTIMATED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRealisationDate() <em>Realisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealisationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REALISATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRealisationDate() <em>Realisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealisationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate realisationDate = REALISATION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Role owner;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected Outcome outcome;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator indicator;

	/**
	 * The cached value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected EList<BeneficiaryGroup> beneficiaries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenefitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.BENEFIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getEstimatedValue() {
		return estimatedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedValue(Double newEstimatedValue) {
		Double oldEstimatedValue = estimatedValue;
		estimatedValue = newEstimatedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__ESTIMATED_VALUE, oldEstimatedValue, estimatedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRealisationDate() {
		return realisationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealisationDate(LocalDate newRealisationDate) {
		LocalDate oldRealisationDate = realisationDate;
		realisationDate = newRealisationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__REALISATION_DATE, oldRealisationDate, realisationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Role newOwner) {
		Role oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		Outcome oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		Indicator oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.BENEFIT__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BeneficiaryGroup> getBeneficiaries() {
		if (beneficiaries == null) {
			beneficiaries = new EObjectEList<BeneficiaryGroup>(BeneficiaryGroup.class, this, ThroughlinePackage.BENEFIT__BENEFICIARIES);
		}
		return beneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.BENEFIT__ESTIMATED_VALUE:
				return getEstimatedValue();
			case ThroughlinePackage.BENEFIT__UNIT:
				return getUnit();
			case ThroughlinePackage.BENEFIT__REALISATION_DATE:
				return getRealisationDate();
			case ThroughlinePackage.BENEFIT__OWNER:
				return getOwner();
			case ThroughlinePackage.BENEFIT__OUTCOME:
				return getOutcome();
			case ThroughlinePackage.BENEFIT__INDICATOR:
				return getIndicator();
			case ThroughlinePackage.BENEFIT__BENEFICIARIES:
				return getBeneficiaries();
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
			case ThroughlinePackage.BENEFIT__ESTIMATED_VALUE:
				setEstimatedValue((Double)newValue);
				return;
			case ThroughlinePackage.BENEFIT__UNIT:
				setUnit((String)newValue);
				return;
			case ThroughlinePackage.BENEFIT__REALISATION_DATE:
				setRealisationDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.BENEFIT__OWNER:
				setOwner((Role)newValue);
				return;
			case ThroughlinePackage.BENEFIT__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case ThroughlinePackage.BENEFIT__INDICATOR:
				setIndicator((Indicator)newValue);
				return;
			case ThroughlinePackage.BENEFIT__BENEFICIARIES:
				getBeneficiaries().clear();
				getBeneficiaries().addAll((Collection<? extends BeneficiaryGroup>)newValue);
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
			case ThroughlinePackage.BENEFIT__ESTIMATED_VALUE:
				setEstimatedValue(ESTIMATED_VALUE_EDEFAULT);
				return;
			case ThroughlinePackage.BENEFIT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ThroughlinePackage.BENEFIT__REALISATION_DATE:
				setRealisationDate(REALISATION_DATE_EDEFAULT);
				return;
			case ThroughlinePackage.BENEFIT__OWNER:
				setOwner((Role)null);
				return;
			case ThroughlinePackage.BENEFIT__OUTCOME:
				setOutcome((Outcome)null);
				return;
			case ThroughlinePackage.BENEFIT__INDICATOR:
				setIndicator((Indicator)null);
				return;
			case ThroughlinePackage.BENEFIT__BENEFICIARIES:
				getBeneficiaries().clear();
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
			case ThroughlinePackage.BENEFIT__ESTIMATED_VALUE:
				return ESTIMATED_VALUE_EDEFAULT == null ? estimatedValue != null : !ESTIMATED_VALUE_EDEFAULT.equals(estimatedValue);
			case ThroughlinePackage.BENEFIT__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ThroughlinePackage.BENEFIT__REALISATION_DATE:
				return REALISATION_DATE_EDEFAULT == null ? realisationDate != null : !REALISATION_DATE_EDEFAULT.equals(realisationDate);
			case ThroughlinePackage.BENEFIT__OWNER:
				return owner != null;
			case ThroughlinePackage.BENEFIT__OUTCOME:
				return outcome != null;
			case ThroughlinePackage.BENEFIT__INDICATOR:
				return indicator != null;
			case ThroughlinePackage.BENEFIT__BENEFICIARIES:
				return beneficiaries != null && !beneficiaries.isEmpty();
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
		result.append(" (estimatedValue: ");
		result.append(estimatedValue);
		result.append(", unit: ");
		result.append(unit);
		result.append(", realisationDate: ");
		result.append(realisationDate);
		result.append(')');
		return result.toString();
	}

} //BenefitImpl
