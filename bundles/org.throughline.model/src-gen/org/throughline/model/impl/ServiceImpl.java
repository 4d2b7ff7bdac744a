/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.ProcessStep;
import org.throughline.model.Role;
import org.throughline.model.Service;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.ServiceImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.ServiceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.throughline.model.impl.ServiceImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.throughline.model.impl.ServiceImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.throughline.model.impl.ServiceImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends ConceptImpl implements Service {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

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
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Organisation provider;

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
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.SERVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SERVICE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Organisation newProvider) {
		Organisation oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.SERVICE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BeneficiaryGroup> getUsers() {
		if (users == null) {
			users = new EObjectEList<BeneficiaryGroup>(BeneficiaryGroup.class, this, ThroughlinePackage.SERVICE__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectEList<Outcome>(Outcome.class, this, ThroughlinePackage.SERVICE__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<ProcessStep>(ProcessStep.class, this, ThroughlinePackage.SERVICE__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ThroughlinePackage.SERVICE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case ThroughlinePackage.SERVICE__OWNER:
				return getOwner();
			case ThroughlinePackage.SERVICE__PROVIDER:
				return getProvider();
			case ThroughlinePackage.SERVICE__USERS:
				return getUsers();
			case ThroughlinePackage.SERVICE__OUTCOMES:
				return getOutcomes();
			case ThroughlinePackage.SERVICE__STEPS:
				return getSteps();
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
			case ThroughlinePackage.SERVICE__OWNER:
				setOwner((Role)newValue);
				return;
			case ThroughlinePackage.SERVICE__PROVIDER:
				setProvider((Organisation)newValue);
				return;
			case ThroughlinePackage.SERVICE__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends BeneficiaryGroup>)newValue);
				return;
			case ThroughlinePackage.SERVICE__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case ThroughlinePackage.SERVICE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends ProcessStep>)newValue);
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
			case ThroughlinePackage.SERVICE__OWNER:
				setOwner((Role)null);
				return;
			case ThroughlinePackage.SERVICE__PROVIDER:
				setProvider((Organisation)null);
				return;
			case ThroughlinePackage.SERVICE__USERS:
				getUsers().clear();
				return;
			case ThroughlinePackage.SERVICE__OUTCOMES:
				getOutcomes().clear();
				return;
			case ThroughlinePackage.SERVICE__STEPS:
				getSteps().clear();
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
			case ThroughlinePackage.SERVICE__OWNER:
				return owner != null;
			case ThroughlinePackage.SERVICE__PROVIDER:
				return provider != null;
			case ThroughlinePackage.SERVICE__USERS:
				return users != null && !users.isEmpty();
			case ThroughlinePackage.SERVICE__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case ThroughlinePackage.SERVICE__STEPS:
				return steps != null && !steps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ServiceImpl
