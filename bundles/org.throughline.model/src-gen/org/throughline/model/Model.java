/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a Throughline file: one model holds one whole delivery system. Concepts are filed directly in the model or in folders, which modellers use to organise large models.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Model#getVersion <em>Version</em>}</li>
 *   <li>{@link org.throughline.model.Model#getAsAt <em>As At</em>}</li>
 *   <li>{@link org.throughline.model.Model#getFolders <em>Folders</em>}</li>
 *   <li>{@link org.throughline.model.Model#getElements <em>Elements</em>}</li>
 *   <li>{@link org.throughline.model.Model#getValidationSettings <em>Validation Settings</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getModel()
 * @model
 * @generated
 */
public interface Model extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of this model's content as its authors name it (for example "2025 Spending Review draft 3"). Unrelated to the metamodel version, which is carried by the namespace URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.throughline.model.ThroughlinePackage#getModel_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.throughline.model.Model#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>As At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the model describes: validation, analyses and reports treat it as today and see only what was known then (observations, assessments, actions and stocktakes dated on or before it). Empty means the model describes today.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As At</em>' attribute.
	 * @see #setAsAt(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getModel_AsAt()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getAsAt();

	/**
	 * Sets the value of the '{@link org.throughline.model.Model#getAsAt <em>As At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As At</em>' attribute.
	 * @see #getAsAt()
	 * @generated
	 */
	void setAsAt(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level folders of the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getModel_Folders()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Folder> getFolders();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Concept}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concepts filed directly in the model rather than in a folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getModel_Elements()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Concept> getElements();

	/**
	 * Returns the value of the '<em><b>Validation Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How validation treats this model: suppressed findings and rule severities changed for this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Settings</em>' containment reference.
	 * @see #setValidationSettings(ValidationSettings)
	 * @see org.throughline.model.ThroughlinePackage#getModel_ValidationSettings()
	 * @model containment="true"
	 * @generated
	 */
	ValidationSettings getValidationSettings();

	/**
	 * Sets the value of the '{@link org.throughline.model.Model#getValidationSettings <em>Validation Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Settings</em>' containment reference.
	 * @see #getValidationSettings()
	 * @generated
	 */
	void setValidationSettings(ValidationSettings value);

} // Model
