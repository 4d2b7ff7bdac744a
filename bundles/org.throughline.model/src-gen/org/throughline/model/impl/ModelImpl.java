/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.throughline.model.Concept;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.ValidationSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.ModelImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.throughline.model.impl.ModelImpl#getAsAt <em>As At</em>}</li>
 *   <li>{@link org.throughline.model.impl.ModelImpl#getFolders <em>Folders</em>}</li>
 *   <li>{@link org.throughline.model.impl.ModelImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.throughline.model.impl.ModelImpl#getValidationSettings <em>Validation Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelImpl extends ElementImpl implements Model {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsAt() <em>As At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsAt() <em>As At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asAt = AS_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFolders() <em>Folders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Folder> folders;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> elements;

	/**
	 * The cached value of the '{@link #getValidationSettings() <em>Validation Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationSettings()
	 * @generated
	 * @ordered
	 */
	protected ValidationSettings validationSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.MODEL__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsAt() {
		return asAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsAt(LocalDate newAsAt) {
		LocalDate oldAsAt = asAt;
		asAt = newAsAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.MODEL__AS_AT, oldAsAt, asAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Folder> getFolders() {
		if (folders == null) {
			folders = new EObjectContainmentEList.Resolving<Folder>(Folder.class, this, ThroughlinePackage.MODEL__FOLDERS);
		}
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList.Resolving<Concept>(Concept.class, this, ThroughlinePackage.MODEL__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidationSettings getValidationSettings() {
		return validationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValidationSettings(ValidationSettings newValidationSettings, NotificationChain msgs) {
		ValidationSettings oldValidationSettings = validationSettings;
		validationSettings = newValidationSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ThroughlinePackage.MODEL__VALIDATION_SETTINGS, oldValidationSettings, newValidationSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationSettings(ValidationSettings newValidationSettings) {
		if (newValidationSettings != validationSettings) {
			NotificationChain msgs = null;
			if (validationSettings != null)
				msgs = ((InternalEObject)validationSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.MODEL__VALIDATION_SETTINGS, null, msgs);
			if (newValidationSettings != null)
				msgs = ((InternalEObject)newValidationSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.MODEL__VALIDATION_SETTINGS, null, msgs);
			msgs = basicSetValidationSettings(newValidationSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.MODEL__VALIDATION_SETTINGS, newValidationSettings, newValidationSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ThroughlinePackage.MODEL__FOLDERS:
				return ((InternalEList<?>)getFolders()).basicRemove(otherEnd, msgs);
			case ThroughlinePackage.MODEL__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
			case ThroughlinePackage.MODEL__VALIDATION_SETTINGS:
				return basicSetValidationSettings(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ThroughlinePackage.MODEL__VERSION:
				return getVersion();
			case ThroughlinePackage.MODEL__AS_AT:
				return getAsAt();
			case ThroughlinePackage.MODEL__FOLDERS:
				return getFolders();
			case ThroughlinePackage.MODEL__ELEMENTS:
				return getElements();
			case ThroughlinePackage.MODEL__VALIDATION_SETTINGS:
				return getValidationSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ThroughlinePackage.MODEL__VERSION:
				setVersion((String)newValue);
				return;
			case ThroughlinePackage.MODEL__AS_AT:
				setAsAt((LocalDate)newValue);
				return;
			case ThroughlinePackage.MODEL__FOLDERS:
				getFolders().clear();
				getFolders().addAll((Collection<? extends Folder>)newValue);
				return;
			case ThroughlinePackage.MODEL__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends Concept>)newValue);
				return;
			case ThroughlinePackage.MODEL__VALIDATION_SETTINGS:
				setValidationSettings((ValidationSettings)newValue);
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
			case ThroughlinePackage.MODEL__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ThroughlinePackage.MODEL__AS_AT:
				setAsAt(AS_AT_EDEFAULT);
				return;
			case ThroughlinePackage.MODEL__FOLDERS:
				getFolders().clear();
				return;
			case ThroughlinePackage.MODEL__ELEMENTS:
				getElements().clear();
				return;
			case ThroughlinePackage.MODEL__VALIDATION_SETTINGS:
				setValidationSettings((ValidationSettings)null);
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
			case ThroughlinePackage.MODEL__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ThroughlinePackage.MODEL__AS_AT:
				return AS_AT_EDEFAULT == null ? asAt != null : !AS_AT_EDEFAULT.equals(asAt);
			case ThroughlinePackage.MODEL__FOLDERS:
				return folders != null && !folders.isEmpty();
			case ThroughlinePackage.MODEL__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case ThroughlinePackage.MODEL__VALIDATION_SETTINGS:
				return validationSettings != null;
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
		result.append(" (version: ");
		result.append(version);
		result.append(", asAt: ");
		result.append(asAt);
		result.append(')');
		return result.toString();
	}

} //ModelImpl
