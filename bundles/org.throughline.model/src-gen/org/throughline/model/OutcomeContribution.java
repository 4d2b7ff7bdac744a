/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Contribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge of the theory of change: the outcome that owns it contributes to the target outcome, under stated assumptions and with evidence of a given strength.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.OutcomeContribution#getTarget <em>Target</em>}</li>
 *   <li>{@link org.throughline.model.OutcomeContribution#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.throughline.model.OutcomeContribution#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.throughline.model.OutcomeContribution#getEvidenceStrength <em>Evidence Strength</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getOutcomeContribution()
 * @model
 * @generated
 */
public interface OutcomeContribution extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome that the owning outcome contributes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Outcome)
	 * @see org.throughline.model.ThroughlinePackage#getOutcomeContribution_Target()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Outcome getTarget();

	/**
	 * Sets the value of the '{@link org.throughline.model.OutcomeContribution#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Outcome value);

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must hold for the contribution to happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' attribute.
	 * @see #setAssumptions(String)
	 * @see org.throughline.model.ThroughlinePackage#getOutcomeContribution_Assumptions()
	 * @model
	 * @generated
	 */
	String getAssumptions();

	/**
	 * Sets the value of the '{@link org.throughline.model.OutcomeContribution#getAssumptions <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumptions</em>' attribute.
	 * @see #getAssumptions()
	 * @generated
	 */
	void setAssumptions(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence that the contribution is real: evaluations, studies, data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.throughline.model.ThroughlinePackage#getOutcomeContribution_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.throughline.model.OutcomeContribution#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Strength</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.throughline.model.EvidenceStrength}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How strong that evidence is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Strength</em>' attribute.
	 * @see org.throughline.model.EvidenceStrength
	 * @see #setEvidenceStrength(EvidenceStrength)
	 * @see org.throughline.model.ThroughlinePackage#getOutcomeContribution_EvidenceStrength()
	 * @model default="NONE"
	 * @generated
	 */
	EvidenceStrength getEvidenceStrength();

	/**
	 * Sets the value of the '{@link org.throughline.model.OutcomeContribution#getEvidenceStrength <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Strength</em>' attribute.
	 * @see org.throughline.model.EvidenceStrength
	 * @see #getEvidenceStrength()
	 * @generated
	 */
	void setEvidenceStrength(EvidenceStrength value);

} // OutcomeContribution
