/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relationship through which one actor influences delivery by another: funding, accountability, commissioning, regulation and so on. Each link is judged for strength; weak links are where delivery fails.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.throughline.model.Link#getTarget <em>Target</em>}</li>
 *   <li>{@link org.throughline.model.Link#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.Link#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.throughline.model.Link#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.throughline.model.Link#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.throughline.model.Link#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getLink()
 * @model
 * @generated
 */
public interface Link extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor the relationship runs from (for example the funder, the commissioner, the regulator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Source()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor the relationship runs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Target()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Actor getTarget();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Actor value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.LinkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of relationship this is; not set until someone says (an unset kind is not taken to carry delivery).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.LinkKind
	 * @see #setKind(LinkKind)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Kind()
	 * @model
	 * @generated
	 */
	LinkKind getKind();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.LinkKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LinkKind value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.throughline.model.LinkStrength}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the link works, as judged on the evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see org.throughline.model.LinkStrength
	 * @see #setStrength(LinkStrength)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Strength()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	LinkStrength getStrength();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see org.throughline.model.LinkStrength
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(LinkStrength value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence behind the strength judgement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must hold for the link to work as judged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' attribute.
	 * @see #setAssumptions(String)
	 * @see org.throughline.model.ThroughlinePackage#getLink_Assumptions()
	 * @model
	 * @generated
	 */
	String getAssumptions();

	/**
	 * Sets the value of the '{@link org.throughline.model.Link#getAssumptions <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumptions</em>' attribute.
	 * @see #getAssumptions()
	 * @generated
	 */
	void setAssumptions(String value);

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a data and reporting link, the indicators whose data it carries: when the link fails, those indicators can no longer be known (how will we know?).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reports</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getLink_Reports()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Indicator> getReports();

} // Link
