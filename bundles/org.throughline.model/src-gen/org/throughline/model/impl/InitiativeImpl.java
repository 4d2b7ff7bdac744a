/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.time.LocalDate;

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

import org.throughline.model.Benefit;
import org.throughline.model.DeliveryStatus;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Initiative;
import org.throughline.model.Milestone;
import org.throughline.model.Outcome;
import org.throughline.model.Role;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#isFunded <em>Funded</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.throughline.model.impl.InitiativeImpl#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class InitiativeImpl extends ConceptImpl implements Initiative {
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
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final Double BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Double budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeliveryStatus STATUS_EDEFAULT = DeliveryStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeliveryStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final EffectivenessRating RATING_EDEFAULT = EffectivenessRating.NOT_RATED;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected EffectivenessRating rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #isFunded() <em>Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFunded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FUNDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFunded() <em>Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFunded()
	 * @generated
	 * @ordered
	 */
	protected boolean funded = FUNDED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

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
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected EList<Benefit> benefits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InitiativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.INITIATIVE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(Double newBudget) {
		Double oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeliveryStatus newStatus) {
		DeliveryStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EffectivenessRating getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(EffectivenessRating newRating) {
		EffectivenessRating oldRating = rating;
		rating = newRating == null ? RATING_EDEFAULT : newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFunded() {
		return funded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunded(boolean newFunded) {
		boolean oldFunded = funded;
		funded = newFunded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INITIATIVE__FUNDED, oldFunded, funded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, ThroughlinePackage.INITIATIVE__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectEList<Outcome>(Outcome.class, this, ThroughlinePackage.INITIATIVE__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Benefit> getBenefits() {
		if (benefits == null) {
			benefits = new EObjectEList<Benefit>(Benefit.class, this, ThroughlinePackage.INITIATIVE__BENEFITS);
		}
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ThroughlinePackage.INITIATIVE__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
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
			case ThroughlinePackage.INITIATIVE__OWNER:
				return getOwner();
			case ThroughlinePackage.INITIATIVE__BUDGET:
				return getBudget();
			case ThroughlinePackage.INITIATIVE__START_DATE:
				return getStartDate();
			case ThroughlinePackage.INITIATIVE__END_DATE:
				return getEndDate();
			case ThroughlinePackage.INITIATIVE__STATUS:
				return getStatus();
			case ThroughlinePackage.INITIATIVE__RATING:
				return getRating();
			case ThroughlinePackage.INITIATIVE__FUNDED:
				return isFunded();
			case ThroughlinePackage.INITIATIVE__MILESTONES:
				return getMilestones();
			case ThroughlinePackage.INITIATIVE__OUTCOMES:
				return getOutcomes();
			case ThroughlinePackage.INITIATIVE__BENEFITS:
				return getBenefits();
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
			case ThroughlinePackage.INITIATIVE__OWNER:
				setOwner((Role)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__BUDGET:
				setBudget((Double)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__STATUS:
				setStatus((DeliveryStatus)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__RATING:
				setRating((EffectivenessRating)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__FUNDED:
				setFunded((Boolean)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case ThroughlinePackage.INITIATIVE__BENEFITS:
				getBenefits().clear();
				getBenefits().addAll((Collection<? extends Benefit>)newValue);
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
			case ThroughlinePackage.INITIATIVE__OWNER:
				setOwner((Role)null);
				return;
			case ThroughlinePackage.INITIATIVE__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__FUNDED:
				setFunded(FUNDED_EDEFAULT);
				return;
			case ThroughlinePackage.INITIATIVE__MILESTONES:
				getMilestones().clear();
				return;
			case ThroughlinePackage.INITIATIVE__OUTCOMES:
				getOutcomes().clear();
				return;
			case ThroughlinePackage.INITIATIVE__BENEFITS:
				getBenefits().clear();
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
			case ThroughlinePackage.INITIATIVE__OWNER:
				return owner != null;
			case ThroughlinePackage.INITIATIVE__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case ThroughlinePackage.INITIATIVE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ThroughlinePackage.INITIATIVE__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case ThroughlinePackage.INITIATIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case ThroughlinePackage.INITIATIVE__RATING:
				return rating != RATING_EDEFAULT;
			case ThroughlinePackage.INITIATIVE__FUNDED:
				return funded != FUNDED_EDEFAULT;
			case ThroughlinePackage.INITIATIVE__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case ThroughlinePackage.INITIATIVE__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case ThroughlinePackage.INITIATIVE__BENEFITS:
				return benefits != null && !benefits.isEmpty();
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
		result.append(" (budget: ");
		result.append(budget);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", status: ");
		result.append(status);
		result.append(", rating: ");
		result.append(rating);
		result.append(", funded: ");
		result.append(funded);
		result.append(')');
		return result.toString();
	}

} //InitiativeImpl
