/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.example.inspection.Inspection;
import org.example.inspection.InspectionPackage;
import org.example.inspection.InspectionRegime;

import org.throughline.model.Organisation;

import org.throughline.model.impl.ConceptImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regime</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.example.inspection.impl.InspectionRegimeImpl#getRegulator <em>Regulator</em>}</li>
 *   <li>{@link org.example.inspection.impl.InspectionRegimeImpl#getInspections <em>Inspections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionRegimeImpl extends ConceptImpl implements InspectionRegime {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getRegulator() <em>Regulator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegulator()
	 * @generated
	 * @ordered
	 */
	protected Organisation regulator;

	/**
	 * The cached value of the '{@link #getInspections() <em>Inspections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspections()
	 * @generated
	 * @ordered
	 */
	protected EList<Inspection> inspections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionRegimeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION_REGIME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getRegulator() {
		return regulator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegulator(Organisation newRegulator) {
		Organisation oldRegulator = regulator;
		regulator = newRegulator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_REGIME__REGULATOR, oldRegulator, regulator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inspection> getInspections() {
		if (inspections == null) {
			inspections = new EObjectContainmentEList<Inspection>(Inspection.class, this, InspectionPackage.INSPECTION_REGIME__INSPECTIONS);
		}
		return inspections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_REGIME__INSPECTIONS:
				return ((InternalEList<?>)getInspections()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.INSPECTION_REGIME__REGULATOR:
				return getRegulator();
			case InspectionPackage.INSPECTION_REGIME__INSPECTIONS:
				return getInspections();
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
			case InspectionPackage.INSPECTION_REGIME__REGULATOR:
				setRegulator((Organisation)newValue);
				return;
			case InspectionPackage.INSPECTION_REGIME__INSPECTIONS:
				getInspections().clear();
				getInspections().addAll((Collection<? extends Inspection>)newValue);
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
			case InspectionPackage.INSPECTION_REGIME__REGULATOR:
				setRegulator((Organisation)null);
				return;
			case InspectionPackage.INSPECTION_REGIME__INSPECTIONS:
				getInspections().clear();
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
			case InspectionPackage.INSPECTION_REGIME__REGULATOR:
				return regulator != null;
			case InspectionPackage.INSPECTION_REGIME__INSPECTIONS:
				return inspections != null && !inspections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //InspectionRegimeImpl
