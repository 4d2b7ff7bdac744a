/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.throughline.model.SeverityOverride;
import org.throughline.model.Suppression;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.ValidationSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Validation Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.ValidationSettingsImpl#getSuppressions <em>Suppressions</em>}</li>
 *   <li>{@link org.throughline.model.impl.ValidationSettingsImpl#getSeverityOverrides <em>Severity Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidationSettingsImpl extends EObjectImpl implements ValidationSettings {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getSuppressions() <em>Suppressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuppressions()
	 * @generated
	 * @ordered
	 */
	protected EList<Suppression> suppressions;

	/**
	 * The cached value of the '{@link #getSeverityOverrides() <em>Severity Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverityOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<SeverityOverride> severityOverrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValidationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.VALIDATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Suppression> getSuppressions() {
		if (suppressions == null) {
			suppressions = new EObjectContainmentEList<Suppression>(Suppression.class, this, ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS);
		}
		return suppressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeverityOverride> getSeverityOverrides() {
		if (severityOverrides == null) {
			severityOverrides = new EObjectContainmentEList<SeverityOverride>(SeverityOverride.class, this, ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES);
		}
		return severityOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS:
				return ((InternalEList<?>)getSuppressions()).basicRemove(otherEnd, msgs);
			case ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES:
				return ((InternalEList<?>)getSeverityOverrides()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS:
				return getSuppressions();
			case ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES:
				return getSeverityOverrides();
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
			case ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS:
				getSuppressions().clear();
				getSuppressions().addAll((Collection<? extends Suppression>)newValue);
				return;
			case ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
				getSeverityOverrides().addAll((Collection<? extends SeverityOverride>)newValue);
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
			case ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS:
				getSuppressions().clear();
				return;
			case ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
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
			case ThroughlinePackage.VALIDATION_SETTINGS__SUPPRESSIONS:
				return suppressions != null && !suppressions.isEmpty();
			case ThroughlinePackage.VALIDATION_SETTINGS__SEVERITY_OVERRIDES:
				return severityOverrides != null && !severityOverrides.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ValidationSettingsImpl
