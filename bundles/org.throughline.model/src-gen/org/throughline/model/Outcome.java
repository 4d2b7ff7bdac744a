/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change in the world that the system exists to bring about, shared across every organisation in it. Outcomes contribute to other outcomes, forming a theory-of-change graph; each contribution states its assumptions and evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Outcome#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Outcome#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link org.throughline.model.Outcome#getContributions <em>Contributions</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getOutcome()
 * @model
 * @generated
 */
public interface Outcome extends Concept, Deliverable {
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
	 * The role accountable for the outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getOutcome_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Outcome#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.BeneficiaryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citizens or users for whom the outcome is meant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getOutcome_Beneficiaries()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<BeneficiaryGroup> getBeneficiaries();

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.OutcomeContribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this outcome contributes to other outcomes (its outgoing edges in the theory of change).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getOutcome_Contributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeContribution> getContributions();

} // Outcome
