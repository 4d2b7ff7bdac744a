/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A government priority in the Deliverology sense: one of a small number of specific, measurable goals that the centre follows routinely. Each has a senior responsible owner, a delivery chain and a judgement of the likelihood of delivery (recorded in assessments).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Priority#getRank <em>Rank</em>}</li>
 *   <li>{@link org.throughline.model.Priority#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Priority#getLeadOrganisation <em>Lead Organisation</em>}</li>
 *   <li>{@link org.throughline.model.Priority#getMission <em>Mission</em>}</li>
 *   <li>{@link org.throughline.model.Priority#getOutcomes <em>Outcomes</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getPriority()
 * @model
 * @generated
 */
public interface Priority extends Concept, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The priority's place in the list of priorities: 1 is the most important. Empty when not ranked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(Integer)
	 * @see org.throughline.model.ThroughlinePackage#getPriority_Rank()
	 * @model
	 * @generated
	 */
	Integer getRank();

	/**
	 * Sets the value of the '{@link org.throughline.model.Priority#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Integer value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The senior responsible owner (SRO) accountable for delivering the priority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getPriority_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Priority#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Lead Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that leads delivery, usually a central department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead Organisation</em>' reference.
	 * @see #setLeadOrganisation(Organisation)
	 * @see org.throughline.model.ThroughlinePackage#getPriority_LeadOrganisation()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Organisation getLeadOrganisation();

	/**
	 * Sets the value of the '{@link org.throughline.model.Priority#getLeadOrganisation <em>Lead Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Organisation</em>' reference.
	 * @see #getLeadOrganisation()
	 * @generated
	 */
	void setLeadOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Mission</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mission this priority serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mission</em>' reference.
	 * @see #setMission(Mission)
	 * @see org.throughline.model.ThroughlinePackage#getPriority_Mission()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Mission getMission();

	/**
	 * Sets the value of the '{@link org.throughline.model.Priority#getMission <em>Mission</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission</em>' reference.
	 * @see #getMission()
	 * @generated
	 */
	void setMission(Mission value);

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes whose achievement means the priority is delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getPriority_Outcomes()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

} // Priority
