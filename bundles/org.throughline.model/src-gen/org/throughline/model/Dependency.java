/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dependency between two deliverables: the 'from' deliverable cannot be delivered unless the 'to' deliverable is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Dependency#getFrom <em>From</em>}</li>
 *   <li>{@link org.throughline.model.Dependency#getTo <em>To</em>}</li>
 *   <li>{@link org.throughline.model.Dependency#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.Dependency#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.throughline.model.Dependency#getNeededBy <em>Needed By</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getDependency()
 * @model
 * @generated
 */
public interface Dependency extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deliverable that depends on the other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Deliverable)
	 * @see org.throughline.model.ThroughlinePackage#getDependency_From()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Deliverable getFrom();

	/**
	 * Sets the value of the '{@link org.throughline.model.Dependency#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Deliverable value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deliverable depended upon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Deliverable)
	 * @see org.throughline.model.ThroughlinePackage#getDependency_To()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Deliverable getTo();

	/**
	 * Sets the value of the '{@link org.throughline.model.Dependency#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Deliverable value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.DependencyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is depended upon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.DependencyKind
	 * @see #setKind(DependencyKind)
	 * @see org.throughline.model.ThroughlinePackage#getDependency_Kind()
	 * @model
	 * @generated
	 */
	DependencyKind getKind();

	/**
	 * Sets the value of the '{@link org.throughline.model.Dependency#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.DependencyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DependencyKind value);

	/**
	 * Returns the value of the '<em><b>Criticality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Criticality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How badly the dependent deliverable suffers if the dependency is not met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criticality</em>' attribute.
	 * @see org.throughline.model.Criticality
	 * @see #setCriticality(Criticality)
	 * @see org.throughline.model.ThroughlinePackage#getDependency_Criticality()
	 * @model
	 * @generated
	 */
	Criticality getCriticality();

	/**
	 * Sets the value of the '{@link org.throughline.model.Dependency#getCriticality <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criticality</em>' attribute.
	 * @see org.throughline.model.Criticality
	 * @see #getCriticality()
	 * @generated
	 */
	void setCriticality(Criticality value);

	/**
	 * Returns the value of the '<em><b>Needed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the dependency must be met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needed By</em>' attribute.
	 * @see #setNeededBy(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getDependency_NeededBy()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getNeededBy();

	/**
	 * Sets the value of the '{@link org.throughline.model.Dependency#getNeededBy <em>Needed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needed By</em>' attribute.
	 * @see #getNeededBy()
	 * @generated
	 */
	void setNeededBy(LocalDate value);

} // Dependency
