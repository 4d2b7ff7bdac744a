/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.throughline.model.Baseline;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Outcome;
import org.throughline.model.Polarity;
import org.throughline.model.Role;
import org.throughline.model.Target;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.Trajectory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getBalancingIndicators <em>Balancing Indicators</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link org.throughline.model.impl.IndicatorImpl#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends ConceptImpl implements Indicator {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.NOT_SET;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.NOT_SET;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Role owner;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected Outcome measures;

	/**
	 * The cached value of the '{@link #getBalancingIndicators() <em>Balancing Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalancingIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> balancingIndicators;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Baseline baseline;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getTrajectory() <em>Trajectory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectory()
	 * @generated
	 * @ordered
	 */
	protected Trajectory trajectory;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> observations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ThroughlinePackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity() {
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity) {
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource) {
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Role newOwner) {
		Role oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getMeasures() {
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasures(Outcome newMeasures) {
		Outcome oldMeasures = measures;
		measures = newMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__MEASURES, oldMeasures, measures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getBalancingIndicators() {
		if (balancingIndicators == null) {
			balancingIndicators = new EObjectEList<Indicator>(Indicator.class, this, ThroughlinePackage.INDICATOR__BALANCING_INDICATORS);
		}
		return balancingIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseline(Baseline newBaseline, NotificationChain msgs) {
		Baseline oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__BASELINE, oldBaseline, newBaseline);
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
	public void setBaseline(Baseline newBaseline) {
		if (newBaseline != baseline) {
			NotificationChain msgs = null;
			if (baseline != null)
				msgs = ((InternalEObject)baseline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.INDICATOR__BASELINE, null, msgs);
			if (newBaseline != null)
				msgs = ((InternalEObject)newBaseline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.INDICATOR__BASELINE, null, msgs);
			msgs = basicSetBaseline(newBaseline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__BASELINE, newBaseline, newBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, ThroughlinePackage.INDICATOR__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trajectory getTrajectory() {
		return trajectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrajectory(Trajectory newTrajectory, NotificationChain msgs) {
		Trajectory oldTrajectory = trajectory;
		trajectory = newTrajectory;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__TRAJECTORY, oldTrajectory, newTrajectory);
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
	public void setTrajectory(Trajectory newTrajectory) {
		if (newTrajectory != trajectory) {
			NotificationChain msgs = null;
			if (trajectory != null)
				msgs = ((InternalEObject)trajectory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.INDICATOR__TRAJECTORY, null, msgs);
			if (newTrajectory != null)
				msgs = ((InternalEObject)newTrajectory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ThroughlinePackage.INDICATOR__TRAJECTORY, null, msgs);
			msgs = basicSetTrajectory(newTrajectory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ThroughlinePackage.INDICATOR__TRAJECTORY, newTrajectory, newTrajectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<Observation>(Observation.class, this, ThroughlinePackage.INDICATOR__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ThroughlinePackage.INDICATOR__BASELINE:
				return basicSetBaseline(null, msgs);
			case ThroughlinePackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case ThroughlinePackage.INDICATOR__TRAJECTORY:
				return basicSetTrajectory(null, msgs);
			case ThroughlinePackage.INDICATOR__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
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
			case ThroughlinePackage.INDICATOR__UNIT:
				return getUnit();
			case ThroughlinePackage.INDICATOR__POLARITY:
				return getPolarity();
			case ThroughlinePackage.INDICATOR__DATA_SOURCE:
				return getDataSource();
			case ThroughlinePackage.INDICATOR__FREQUENCY:
				return getFrequency();
			case ThroughlinePackage.INDICATOR__OWNER:
				return getOwner();
			case ThroughlinePackage.INDICATOR__MEASURES:
				return getMeasures();
			case ThroughlinePackage.INDICATOR__BALANCING_INDICATORS:
				return getBalancingIndicators();
			case ThroughlinePackage.INDICATOR__BASELINE:
				return getBaseline();
			case ThroughlinePackage.INDICATOR__TARGETS:
				return getTargets();
			case ThroughlinePackage.INDICATOR__TRAJECTORY:
				return getTrajectory();
			case ThroughlinePackage.INDICATOR__OBSERVATIONS:
				return getObservations();
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
			case ThroughlinePackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case ThroughlinePackage.INDICATOR__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case ThroughlinePackage.INDICATOR__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case ThroughlinePackage.INDICATOR__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case ThroughlinePackage.INDICATOR__OWNER:
				setOwner((Role)newValue);
				return;
			case ThroughlinePackage.INDICATOR__MEASURES:
				setMeasures((Outcome)newValue);
				return;
			case ThroughlinePackage.INDICATOR__BALANCING_INDICATORS:
				getBalancingIndicators().clear();
				getBalancingIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case ThroughlinePackage.INDICATOR__BASELINE:
				setBaseline((Baseline)newValue);
				return;
			case ThroughlinePackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case ThroughlinePackage.INDICATOR__TRAJECTORY:
				setTrajectory((Trajectory)newValue);
				return;
			case ThroughlinePackage.INDICATOR__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends Observation>)newValue);
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
			case ThroughlinePackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ThroughlinePackage.INDICATOR__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case ThroughlinePackage.INDICATOR__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case ThroughlinePackage.INDICATOR__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case ThroughlinePackage.INDICATOR__OWNER:
				setOwner((Role)null);
				return;
			case ThroughlinePackage.INDICATOR__MEASURES:
				setMeasures((Outcome)null);
				return;
			case ThroughlinePackage.INDICATOR__BALANCING_INDICATORS:
				getBalancingIndicators().clear();
				return;
			case ThroughlinePackage.INDICATOR__BASELINE:
				setBaseline((Baseline)null);
				return;
			case ThroughlinePackage.INDICATOR__TARGETS:
				getTargets().clear();
				return;
			case ThroughlinePackage.INDICATOR__TRAJECTORY:
				setTrajectory((Trajectory)null);
				return;
			case ThroughlinePackage.INDICATOR__OBSERVATIONS:
				getObservations().clear();
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
			case ThroughlinePackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ThroughlinePackage.INDICATOR__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case ThroughlinePackage.INDICATOR__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case ThroughlinePackage.INDICATOR__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case ThroughlinePackage.INDICATOR__OWNER:
				return owner != null;
			case ThroughlinePackage.INDICATOR__MEASURES:
				return measures != null;
			case ThroughlinePackage.INDICATOR__BALANCING_INDICATORS:
				return balancingIndicators != null && !balancingIndicators.isEmpty();
			case ThroughlinePackage.INDICATOR__BASELINE:
				return baseline != null;
			case ThroughlinePackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
			case ThroughlinePackage.INDICATOR__TRAJECTORY:
				return trajectory != null;
			case ThroughlinePackage.INDICATOR__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
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
		result.append(" (unit: ");
		result.append(unit);
		result.append(", polarity: ");
		result.append(polarity);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
