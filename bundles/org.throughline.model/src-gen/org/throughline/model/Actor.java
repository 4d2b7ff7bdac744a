/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone who takes part in delivery: an organisation, a role, a person, a team or a group of citizens served. Actors are the nodes of delivery chains; tiers order them from the centre to the frontline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Actor#getTier <em>Tier</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getActor()
 * @model abstract="true"
 * @generated
 */
public interface Actor extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tier of the delivery chain the actor sits in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' reference.
	 * @see #setTier(Tier)
	 * @see org.throughline.model.ThroughlinePackage#getActor_Tier()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Tier getTier();

	/**
	 * Sets the value of the '{@link org.throughline.model.Actor#getTier <em>Tier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' reference.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(Tier value);

} // Actor
