/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A judgement of the likelihood of delivery of a priority or other element on a date, with the rating of each criterion and the rationale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Assessment#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.throughline.model.Assessment#getRating <em>Rating</em>}</li>
 *   <li>{@link org.throughline.model.Assessment#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.throughline.model.Assessment#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.throughline.model.Assessment#getDate <em>Date</em>}</li>
 *   <li>{@link org.throughline.model.Assessment#getAssessor <em>Assessor</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is assessed, usually a priority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Element)
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Subject()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Element getSubject();

	/**
	 * Sets the value of the '{@link org.throughline.model.Assessment#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Element value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The default value is <code>"NOT_ASSESSED"</code>.
	 * The literals are from the enumeration {@link org.throughline.model.LikelihoodRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall likelihood of delivery.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.LikelihoodRating
	 * @see #setRating(LikelihoodRating)
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Rating()
	 * @model default="NOT_ASSESSED"
	 * @generated
	 */
	LikelihoodRating getRating();

	/**
	 * Sets the value of the '{@link org.throughline.model.Assessment#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.LikelihoodRating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(LikelihoodRating value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.CriterionRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ratings of the individual criteria behind the overall judgement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriterionRating> getCriteria();

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the rating was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.throughline.model.Assessment#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the assessment was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Date()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Assessment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who made the assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessor</em>' reference.
	 * @see #setAssessor(Person)
	 * @see org.throughline.model.ThroughlinePackage#getAssessment_Assessor()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getAssessor();

	/**
	 * Sets the value of the '{@link org.throughline.model.Assessment#getAssessor <em>Assessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' reference.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(Person value);

} // Assessment
