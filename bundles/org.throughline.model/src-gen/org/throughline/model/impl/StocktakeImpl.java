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

import org.throughline.model.Action;
import org.throughline.model.Assessment;
import org.throughline.model.Person;
import org.throughline.model.Priority;
import org.throughline.model.Stocktake;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stocktake</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getPrioritiesReviewed <em>Priorities Reviewed</em>}</li>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.throughline.model.impl.StocktakeImpl#getActionsAgreed <em>Actions Agreed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StocktakeImpl extends ConceptImpl implements Stocktake {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChair() <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected Person chair;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

	/**
	 * The cached value of the '{@link #getPrioritiesReviewed() <em>Priorities Reviewed</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrioritiesReviewed()
	 * @generated
	 * @ordered
	 */
	protected EList<Priority> prioritiesReviewed;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getActionsAgreed() <em>Actions Agreed</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionsAgreed()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actionsAgreed;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StocktakeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.STOCKTAKE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.STOCKTAKE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getChair() {
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChair(Person newChair) {
		Person oldChair = chair;
		chair = newChair;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.STOCKTAKE__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectEList<Person>(Person.class, this, ThroughlinePackage.STOCKTAKE__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Priority> getPrioritiesReviewed() {
		if (prioritiesReviewed == null) {
			prioritiesReviewed = new EObjectEList<Priority>(Priority.class, this, ThroughlinePackage.STOCKTAKE__PRIORITIES_REVIEWED);
		}
		return prioritiesReviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectEList<Assessment>(Assessment.class, this, ThroughlinePackage.STOCKTAKE__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActionsAgreed() {
		if (actionsAgreed == null) {
			actionsAgreed = new EObjectEList<Action>(Action.class, this, ThroughlinePackage.STOCKTAKE__ACTIONS_AGREED);
		}
		return actionsAgreed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.STOCKTAKE__DATE:
				return getDate();
			case ThroughlinePackage.STOCKTAKE__CHAIR:
				return getChair();
			case ThroughlinePackage.STOCKTAKE__ATTENDEES:
				return getAttendees();
			case ThroughlinePackage.STOCKTAKE__PRIORITIES_REVIEWED:
				return getPrioritiesReviewed();
			case ThroughlinePackage.STOCKTAKE__ASSESSMENTS:
				return getAssessments();
			case ThroughlinePackage.STOCKTAKE__ACTIONS_AGREED:
				return getActionsAgreed();
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
			case ThroughlinePackage.STOCKTAKE__DATE:
				setDate((LocalDate)newValue);
				return;
			case ThroughlinePackage.STOCKTAKE__CHAIR:
				setChair((Person)newValue);
				return;
			case ThroughlinePackage.STOCKTAKE__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Person>)newValue);
				return;
			case ThroughlinePackage.STOCKTAKE__PRIORITIES_REVIEWED:
				getPrioritiesReviewed().clear();
				getPrioritiesReviewed().addAll((Collection<? extends Priority>)newValue);
				return;
			case ThroughlinePackage.STOCKTAKE__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case ThroughlinePackage.STOCKTAKE__ACTIONS_AGREED:
				getActionsAgreed().clear();
				getActionsAgreed().addAll((Collection<? extends Action>)newValue);
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
			case ThroughlinePackage.STOCKTAKE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ThroughlinePackage.STOCKTAKE__CHAIR:
				setChair((Person)null);
				return;
			case ThroughlinePackage.STOCKTAKE__ATTENDEES:
				getAttendees().clear();
				return;
			case ThroughlinePackage.STOCKTAKE__PRIORITIES_REVIEWED:
				getPrioritiesReviewed().clear();
				return;
			case ThroughlinePackage.STOCKTAKE__ASSESSMENTS:
				getAssessments().clear();
				return;
			case ThroughlinePackage.STOCKTAKE__ACTIONS_AGREED:
				getActionsAgreed().clear();
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
			case ThroughlinePackage.STOCKTAKE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ThroughlinePackage.STOCKTAKE__CHAIR:
				return chair != null;
			case ThroughlinePackage.STOCKTAKE__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case ThroughlinePackage.STOCKTAKE__PRIORITIES_REVIEWED:
				return prioritiesReviewed != null && !prioritiesReviewed.isEmpty();
			case ThroughlinePackage.STOCKTAKE__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case ThroughlinePackage.STOCKTAKE__ACTIONS_AGREED:
				return actionsAgreed != null && !actionsAgreed.isEmpty();
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
		result.append(" (date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //StocktakeImpl
