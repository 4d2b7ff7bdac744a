/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A funded piece of work to deliver change: a programme or a project. Initiatives are rated for effectiveness, and budgets follow the rating.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Initiative#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getRating <em>Rating</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#isFunded <em>Funded</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.throughline.model.Initiative#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getInitiative()
 * @model abstract="true"
 * @generated
 */
public interface Initiative extends Concept, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The senior responsible owner of the initiative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The initiative's whole-life budget, in pounds sterling.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(Double)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Budget()
	 * @model
	 * @generated
	 */
	Double getBudget();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Double value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the initiative starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_StartDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the initiative is planned to end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_EndDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.DeliveryStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the initiative is in its life.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.DeliveryStatus
	 * @see #setStatus(DeliveryStatus)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Status()
	 * @model
	 * @generated
	 */
	DeliveryStatus getStatus();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.DeliveryStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeliveryStatus value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The default value is <code>"NOT_RATED"</code>.
	 * The literals are from the enumeration {@link org.throughline.model.EffectivenessRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How effective the initiative has been judged to be.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.EffectivenessRating
	 * @see #setRating(EffectivenessRating)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Rating()
	 * @model default="NOT_RATED"
	 * @generated
	 */
	EffectivenessRating getRating();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.throughline.model.EffectivenessRating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(EffectivenessRating value);

	/**
	 * Returns the value of the '<em><b>Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the initiative's budget is secured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funded</em>' attribute.
	 * @see #setFunded(boolean)
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Funded()
	 * @model
	 * @generated
	 */
	boolean isFunded();

	/**
	 * Sets the value of the '{@link org.throughline.model.Initiative#isFunded <em>Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funded</em>' attribute.
	 * @see #isFunded()
	 * @generated
	 */
	void setFunded(boolean value);

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The initiative's milestones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes the initiative contributes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Outcomes()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Benefit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The benefits the initiative is expected to realise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefits</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getInitiative_Benefits()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Benefit> getBenefits();

} // Initiative
