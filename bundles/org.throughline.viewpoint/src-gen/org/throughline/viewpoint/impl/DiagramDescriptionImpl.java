/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Filter;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.LayoutDirection;
import org.throughline.viewpoint.LayoutOption;
import org.throughline.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getLayoutOptions <em>Layout Options</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.throughline.viewpoint.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends EObjectImpl implements DiagramDescription {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected String documentation = DOCUMENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection DIRECTION_EDEFAULT = LayoutDirection.DOWN;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection direction = DIRECTION_EDEFAULT;

	/**
	 * This is true if the Direction attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean directionESet;

	/**
	 * The default value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYOUT_ALGORITHM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected String layoutAlgorithm = LAYOUT_ALGORITHM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayoutOptions() <em>Layout Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<LayoutOption> layoutOptions;

	/**
	 * The cached value of the '{@link #getDefaultLayer() <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLayer()
	 * @generated
	 * @ordered
	 */
	protected Layer defaultLayer;

	/**
	 * The cached value of the '{@link #getAdditionalLayers() <em>Additional Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> additionalLayers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentation() {
		return documentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentation(String newDocumentation) {
		String oldDocumentation = documentation;
		documentation = newDocumentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION, oldDocumentation, documentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(LayoutDirection newDirection) {
		LayoutDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		boolean oldDirectionESet = directionESet;
		directionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION, oldDirection, direction, !oldDirectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDirection() {
		LayoutDirection oldDirection = direction;
		boolean oldDirectionESet = directionESet;
		direction = DIRECTION_EDEFAULT;
		directionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION, oldDirection, DIRECTION_EDEFAULT, oldDirectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDirection() {
		return directionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayoutAlgorithm() {
		return layoutAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutAlgorithm(String newLayoutAlgorithm) {
		String oldLayoutAlgorithm = layoutAlgorithm;
		layoutAlgorithm = newLayoutAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM, oldLayoutAlgorithm, layoutAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayoutOption> getLayoutOptions() {
		if (layoutOptions == null) {
			layoutOptions = new EObjectContainmentEList<LayoutOption>(LayoutOption.class, this, ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS);
		}
		return layoutOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer getDefaultLayer() {
		return defaultLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaultLayer(Layer newDefaultLayer, NotificationChain msgs) {
		Layer oldDefaultLayer = defaultLayer;
		defaultLayer = newDefaultLayer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, oldDefaultLayer, newDefaultLayer);
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
	public void setDefaultLayer(Layer newDefaultLayer) {
		if (newDefaultLayer != defaultLayer) {
			NotificationChain msgs = null;
			if (defaultLayer != null)
				msgs = ((InternalEObject)defaultLayer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			if (newDefaultLayer != null)
				msgs = ((InternalEObject)newDefaultLayer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			msgs = basicSetDefaultLayer(newDefaultLayer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, newDefaultLayer, newDefaultLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getAdditionalLayers() {
		if (additionalLayers == null) {
			additionalLayers = new EObjectContainmentEList<Layer>(Layer.class, this, ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS);
		}
		return additionalLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS:
				return ((InternalEList<?>)getLayoutOptions()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return basicSetDefaultLayer(null, msgs);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return ((InternalEList<?>)getAdditionalLayers()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
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
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ID:
				return getId();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LABEL:
				return getLabel();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return getDocumentation();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return getDirection();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				return getLayoutAlgorithm();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS:
				return getLayoutOptions();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return getDefaultLayer();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return getAdditionalLayers();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
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
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ID:
				setId((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				setDirection((LayoutDirection)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				setLayoutAlgorithm((String)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS:
				getLayoutOptions().clear();
				getLayoutOptions().addAll((Collection<? extends LayoutOption>)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				getAdditionalLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
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
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ID:
				setId(ID_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation(DOCUMENTATION_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				unsetDirection();
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				setLayoutAlgorithm(LAYOUT_ALGORITHM_EDEFAULT);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS:
				getLayoutOptions().clear();
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)null);
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				return;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
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
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return DOCUMENTATION_EDEFAULT == null ? documentation != null : !DOCUMENTATION_EDEFAULT.equals(documentation);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return isSetDirection();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				return LAYOUT_ALGORITHM_EDEFAULT == null ? layoutAlgorithm != null : !LAYOUT_ALGORITHM_EDEFAULT.equals(layoutAlgorithm);
			case ViewpointPackage.DIAGRAM_DESCRIPTION__LAYOUT_OPTIONS:
				return layoutOptions != null && !layoutOptions.isEmpty();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return defaultLayer != null;
			case ViewpointPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return additionalLayers != null && !additionalLayers.isEmpty();
			case ViewpointPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", documentation: ");
		result.append(documentation);
		result.append(", domainClass: ");
		result.append(domainClass);
		result.append(", direction: ");
		if (directionESet) result.append(direction); else result.append("<unset>");
		result.append(", layoutAlgorithm: ");
		result.append(layoutAlgorithm);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
