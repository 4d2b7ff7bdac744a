/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concept</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concept of the delivery system that is filed directly in the model or in one of its folders: priorities, outcomes, indicators, actors, links, services, programmes, stocktakes and so on. Parts owned by another element (a process step of a service, a target of an indicator, a milestone of a programme) are elements but not concepts.
 * <!-- end-model-doc -->
 *
 *
 * @see org.throughline.model.ThroughlinePackage#getConcept()
 * @model abstract="true"
 * @generated
 */
public interface Concept extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

} // Concept
