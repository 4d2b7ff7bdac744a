/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.throughline.model.EvidenceStrength;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Contribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.OutcomeContributionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.throughline.model.impl.OutcomeContributionImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.throughline.model.impl.OutcomeContributionImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.throughline.model.impl.OutcomeContributionImpl#getEvidenceStrength <em>Evidence Strength</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeContributionImpl extends ElementImpl implements OutcomeContribution {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Outcome target;

	/**
	 * The default value of the '{@link #getAssumptions() <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSUMPTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected String assumptions = ASSUMPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceStrength() <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStrength()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceStrength EVIDENCE_STRENGTH_EDEFAULT = EvidenceStrength.NONE;

	/**
	 * The cached value of the '{@link #getEvidenceStrength() <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStrength()
	 * @generated
	 * @ordered
	 */
	protected EvidenceStrength evidenceStrength = EVIDENCE_STRENGTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomeContributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.OUTCOME_CONTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Outcome newTarget) {
		Outcome oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.OUTCOME_CONTRIBUTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssumptions() {
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumptions(String newAssumptions) {
		String oldAssumptions = assumptions;
		assumptions = newAssumptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.OUTCOME_CONTRIBUTION__ASSUMPTIONS, oldAssumptions, assumptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceStrength getEvidenceStrength() {
		return evidenceStrength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceStrength(EvidenceStrength newEvidenceStrength) {
		EvidenceStrength oldEvidenceStrength = evidenceStrength;
		evidenceStrength = newEvidenceStrength == null ? EVIDENCE_STRENGTH_EDEFAULT : newEvidenceStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH, oldEvidenceStrength, evidenceStrength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__TARGET:
				return getTarget();
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__ASSUMPTIONS:
				return getAssumptions();
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE:
				return getEvidence();
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH:
				return getEvidenceStrength();
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
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__TARGET:
				setTarget((Outcome)newValue);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__ASSUMPTIONS:
				setAssumptions((String)newValue);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH:
				setEvidenceStrength((EvidenceStrength)newValue);
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
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__TARGET:
				setTarget((Outcome)null);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__ASSUMPTIONS:
				setAssumptions(ASSUMPTIONS_EDEFAULT);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH:
				setEvidenceStrength(EVIDENCE_STRENGTH_EDEFAULT);
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
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__TARGET:
				return target != null;
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__ASSUMPTIONS:
				return ASSUMPTIONS_EDEFAULT == null ? assumptions != null : !ASSUMPTIONS_EDEFAULT.equals(assumptions);
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case ThroughlinePackage.OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH:
				return evidenceStrength != EVIDENCE_STRENGTH_EDEFAULT;
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
		result.append(" (assumptions: ");
		result.append(assumptions);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", evidenceStrength: ");
		result.append(evidenceStrength);
		result.append(')');
		return result.toString();
	}

} //OutcomeContributionImpl
