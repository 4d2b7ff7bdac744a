/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that has to be delivered and that other deliverables can depend on: priorities, outcomes, benefits, services and their process steps, user journeys, programmes, projects and milestones. Dependencies run between deliverables.
 * <!-- end-model-doc -->
 *
 *
 * @see org.throughline.model.ThroughlinePackage#getDeliverable()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface Deliverable extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

} // Deliverable
