/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion Rating</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rating of one criterion of an assessment (for example "quality of planning" or "capacity to drive progress").
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.CriterionRating#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.throughline.model.CriterionRating#getRating <em>Rating</em>}</li>
 *   <li>{@link org.throughline.model.CriterionRating#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getCriterionRating()
 * @model
 * @generated
 */
public interface CriterionRating extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criterion rated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see org.throughline.model.ThroughlinePackage#getCriterionRating_Criterion()
	 * @model
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link org.throughline.model.CriterionRating#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The default value is <code>"NOT_ASSESSED"</code>.
	 * The literals are from the enumeration {@link org.throughline.model.LikelihoodRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rating given to the criterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.LikelihoodRating
	 * @see #setRating(LikelihoodRating)
	 * @see org.throughline.model.ThroughlinePackage#getCriterionRating_Rating()
	 * @model default="NOT_ASSESSED"
	 * @generated
	 */
	LikelihoodRating getRating();

	/**
	 * Sets the value of the '{@link org.throughline.model.CriterionRating#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.LikelihoodRating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(LikelihoodRating value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the criterion was rated so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.throughline.model.ThroughlinePackage#getCriterionRating_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.throughline.model.CriterionRating#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // CriterionRating
