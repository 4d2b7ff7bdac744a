/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.example.inspection.Inspection;
import org.example.inspection.InspectionPackage;
import org.example.inspection.Rating;

import org.throughline.model.Concept;

import org.throughline.model.impl.ElementImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.example.inspection.impl.InspectionImpl#getInspected <em>Inspected</em>}</li>
 *   <li>{@link org.example.inspection.impl.InspectionImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link org.example.inspection.impl.InspectionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.example.inspection.impl.InspectionImpl#getReportReference <em>Report Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionImpl extends ElementImpl implements Inspection {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getInspected() <em>Inspected</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspected()
	 * @generated
	 * @ordered
	 */
	protected Concept inspected;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final Rating RATING_EDEFAULT = Rating.OUTSTANDING;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected Rating rating = RATING_EDEFAULT;

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
	 * The default value of the '{@link #getReportReference() <em>Report Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORT_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportReference() <em>Report Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportReference()
	 * @generated
	 * @ordered
	 */
	protected String reportReference = REPORT_REFERENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Concept getInspected() {
		return inspected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspected(Concept newInspected) {
		Concept oldInspected = inspected;
		inspected = newInspected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__INSPECTED, oldInspected, inspected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rating getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(Rating newRating) {
		Rating oldRating = rating;
		rating = newRating == null ? RATING_EDEFAULT : newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__RATING, oldRating, rating));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportReference() {
		return reportReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportReference(String newReportReference) {
		String oldReportReference = reportReference;
		reportReference = newReportReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__REPORT_REFERENCE, oldReportReference, reportReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.INSPECTION__INSPECTED:
				return getInspected();
			case InspectionPackage.INSPECTION__RATING:
				return getRating();
			case InspectionPackage.INSPECTION__DATE:
				return getDate();
			case InspectionPackage.INSPECTION__REPORT_REFERENCE:
				return getReportReference();
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
			case InspectionPackage.INSPECTION__INSPECTED:
				setInspected((Concept)newValue);
				return;
			case InspectionPackage.INSPECTION__RATING:
				setRating((Rating)newValue);
				return;
			case InspectionPackage.INSPECTION__DATE:
				setDate((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION__REPORT_REFERENCE:
				setReportReference((String)newValue);
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
			case InspectionPackage.INSPECTION__INSPECTED:
				setInspected((Concept)null);
				return;
			case InspectionPackage.INSPECTION__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__REPORT_REFERENCE:
				setReportReference(REPORT_REFERENCE_EDEFAULT);
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
			case InspectionPackage.INSPECTION__INSPECTED:
				return inspected != null;
			case InspectionPackage.INSPECTION__RATING:
				return rating != RATING_EDEFAULT;
			case InspectionPackage.INSPECTION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case InspectionPackage.INSPECTION__REPORT_REFERENCE:
				return REPORT_REFERENCE_EDEFAULT == null ? reportReference != null : !REPORT_REFERENCE_EDEFAULT.equals(reportReference);
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
		result.append(" (rating: ");
		result.append(rating);
		result.append(", date: ");
		result.append(date);
		result.append(", reportReference: ");
		result.append(reportReference);
		result.append(')');
		return result.toString();
	}

} //InspectionImpl
