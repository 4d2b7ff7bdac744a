/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delivery Chain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The actors and links through which a priority or outcome is delivered, from the centre to the citizen. The chain refers to its actors and links rather than owning them, because one link (a funding line, say) often serves several chains.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.DeliveryChain#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.throughline.model.DeliveryChain#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.throughline.model.DeliveryChain#getActors <em>Actors</em>}</li>
 *   <li>{@link org.throughline.model.DeliveryChain#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getDeliveryChain()
 * @model
 * @generated
 */
public interface DeliveryChain extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The priority this chain delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' reference.
	 * @see #setPriority(Priority)
	 * @see org.throughline.model.ThroughlinePackage#getDeliveryChain_Priority()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.throughline.model.DeliveryChain#getPriority <em>Priority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' reference.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome this chain delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(Outcome)
	 * @see org.throughline.model.ThroughlinePackage#getDeliveryChain_Outcome()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.throughline.model.DeliveryChain#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actors in the chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getDeliveryChain_Actors()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The links between those actors that make up the chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getDeliveryChain_Links()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Link> getLinks();

} // DeliveryChain
