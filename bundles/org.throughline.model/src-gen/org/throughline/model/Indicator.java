/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure that tells, at any moment, whether delivery is on track: its baseline, targets, planned trajectory and the observations actually made.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getBalancingIndicators <em>Balancing Indicators</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link org.throughline.model.Indicator#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the indicator's values (for example "%", "days", "people").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher or lower values are better.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.throughline.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Polarity()
	 * @model
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.throughline.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data comes from (publication, system, survey).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often new data arrives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.throughline.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Frequency()
	 * @model
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.throughline.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role responsible for the indicator and its data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome this indicator measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' reference.
	 * @see #setMeasures(Outcome)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Measures()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Outcome getMeasures();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getMeasures <em>Measures</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measures</em>' reference.
	 * @see #getMeasures()
	 * @generated
	 */
	void setMeasures(Outcome value);

	/**
	 * Returns the value of the '<em><b>Balancing Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators watched alongside this one to catch perverse effects of pursuing it (for example quality alongside speed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Balancing Indicators</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_BalancingIndicators()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Indicator> getBalancingIndicators();

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the indicator started from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Baseline)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values the indicator is to reach, each by a date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Trajectory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned path of values from the baseline to the targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trajectory</em>' containment reference.
	 * @see #setTrajectory(Trajectory)
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Trajectory()
	 * @model containment="true"
	 * @generated
	 */
	Trajectory getTrajectory();

	/**
	 * Sets the value of the '{@link org.throughline.model.Indicator#getTrajectory <em>Trajectory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trajectory</em>' containment reference.
	 * @see #getTrajectory()
	 * @generated
	 */
	void setTrajectory(Trajectory value);

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actual values measured over time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getIndicator_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

} // Indicator
