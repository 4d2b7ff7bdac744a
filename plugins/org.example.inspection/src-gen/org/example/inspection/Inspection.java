/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection;

import java.time.LocalDate;

import org.throughline.model.Concept;
import org.throughline.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One inspection of a provider or a service, with the rating the inspectors gave and the date they gave it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.inspection.Inspection#getInspected <em>Inspected</em>}</li>
 *   <li>{@link org.example.inspection.Inspection#getRating <em>Rating</em>}</li>
 *   <li>{@link org.example.inspection.Inspection#getDate <em>Date</em>}</li>
 *   <li>{@link org.example.inspection.Inspection#getReportReference <em>Report Reference</em>}</li>
 * </ul>
 *
 * @see org.example.inspection.InspectionPackage#getInspection()
 * @model
 * @generated
 */
public interface Inspection extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Inspected</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was inspected: an organisation (a provider) or a service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspected</em>' reference.
	 * @see #setInspected(Concept)
	 * @see org.example.inspection.InspectionPackage#getInspection_Inspected()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Concept getInspected();

	/**
	 * Sets the value of the '{@link org.example.inspection.Inspection#getInspected <em>Inspected</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspected</em>' reference.
	 * @see #getInspected()
	 * @generated
	 */
	void setInspected(Concept value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The literals are from the enumeration {@link org.example.inspection.Rating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall rating the inspection gave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.example.inspection.Rating
	 * @see #setRating(Rating)
	 * @see org.example.inspection.InspectionPackage#getInspection_Rating()
	 * @model
	 * @generated
	 */
	Rating getRating();

	/**
	 * Sets the value of the '{@link org.example.inspection.Inspection#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.example.inspection.Rating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(Rating value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the rating was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.example.inspection.InspectionPackage#getInspection_Date()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.example.inspection.Inspection#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Report Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regulator's reference for the published report, so that readers can find it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Report Reference</em>' attribute.
	 * @see #setReportReference(String)
	 * @see org.example.inspection.InspectionPackage#getInspection_ReportReference()
	 * @model
	 * @generated
	 */
	String getReportReference();

	/**
	 * Sets the value of the '{@link org.example.inspection.Inspection#getReportReference <em>Report Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Reference</em>' attribute.
	 * @see #getReportReference()
	 * @generated
	 */
	void setReportReference(String value);

} // Inspection
