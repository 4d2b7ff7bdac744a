/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.ProcessStep;
import org.throughline.model.Role;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.UserJourney;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Journey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.UserJourneyImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.throughline.model.impl.UserJourneyImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.throughline.model.impl.UserJourneyImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserJourneyImpl extends ConceptImpl implements UserJourney {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<BeneficiaryGroup> users;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessStep> steps;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserJourneyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.USER_JOURNEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BeneficiaryGroup> getUsers() {
		if (users == null) {
			users = new EObjectEList<BeneficiaryGroup>(BeneficiaryGroup.class, this, ThroughlinePackage.USER_JOURNEY__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessStep> getSteps() {
		if (steps == null) {
			steps = new EObjectEList<ProcessStep>(ProcessStep.class, this, ThroughlinePackage.USER_JOURNEY__STEPS);
		}
		return steps;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.USER_JOURNEY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.USER_JOURNEY__USERS:
				return getUsers();
			case ThroughlinePackage.USER_JOURNEY__STEPS:
				return getSteps();
			case ThroughlinePackage.USER_JOURNEY__OWNER:
				return getOwner();
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
			case ThroughlinePackage.USER_JOURNEY__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends BeneficiaryGroup>)newValue);
				return;
			case ThroughlinePackage.USER_JOURNEY__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends ProcessStep>)newValue);
				return;
			case ThroughlinePackage.USER_JOURNEY__OWNER:
				setOwner((Role)newValue);
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
			case ThroughlinePackage.USER_JOURNEY__USERS:
				getUsers().clear();
				return;
			case ThroughlinePackage.USER_JOURNEY__STEPS:
				getSteps().clear();
				return;
			case ThroughlinePackage.USER_JOURNEY__OWNER:
				setOwner((Role)null);
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
			case ThroughlinePackage.USER_JOURNEY__USERS:
				return users != null && !users.isEmpty();
			case ThroughlinePackage.USER_JOURNEY__STEPS:
				return steps != null && !steps.isEmpty();
			case ThroughlinePackage.USER_JOURNEY__OWNER:
				return owner != null;
		}
		return super.eIsSet(featureID);
	}

} //UserJourneyImpl
