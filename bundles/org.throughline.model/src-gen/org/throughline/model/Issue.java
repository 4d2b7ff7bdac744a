/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that has happened and is harming delivery now.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Issue#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getRaisedDate <em>Raised Date</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getAffects <em>Affects</em>}</li>
 *   <li>{@link org.throughline.model.Issue#getRisk <em>Risk</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getIssue()
 * @model
 * @generated
 */
public interface Issue extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much harm it does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #setImpact(Level)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Impact()
	 * @model
	 * @generated
	 */
	Level getImpact();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(Level value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is resolving the issue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Actor getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Actor value);

	/**
	 * Returns the value of the '<em><b>Raised Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the issue was raised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raised Date</em>' attribute.
	 * @see #setRaisedDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_RaisedDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaisedDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getRaisedDate <em>Raised Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised Date</em>' attribute.
	 * @see #getRaisedDate()
	 * @generated
	 */
	void setRaisedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the issue is being, or was, resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(String)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Resolution()
	 * @model
	 * @generated
	 */
	String getResolution();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.LogStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the issue is still open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.LogStatus
	 * @see #setStatus(LogStatus)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Status()
	 * @model
	 * @generated
	 */
	LogStatus getStatus();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.LogStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LogStatus value);

	/**
	 * Returns the value of the '<em><b>Affects</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements whose delivery the issue harms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affects</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Affects()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Element> getAffects();

	/**
	 * Returns the value of the '<em><b>Risk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The risk this issue is the realisation of, if it was foreseen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk</em>' reference.
	 * @see #setRisk(Risk)
	 * @see org.throughline.model.ThroughlinePackage#getIssue_Risk()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Risk getRisk();

	/**
	 * Sets the value of the '{@link org.throughline.model.Issue#getRisk <em>Risk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk</em>' reference.
	 * @see #getRisk()
	 * @generated
	 */
	void setRisk(Risk value);

} // Issue
