/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a service through which demand flows. Comparing demand with capacity shows pinch-points; failure demand is the work caused by failing to do something right first time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.ProcessStep#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.throughline.model.ProcessStep#getDemandPerPeriod <em>Demand Per Period</em>}</li>
 *   <li>{@link org.throughline.model.ProcessStep#getCapacityPerPeriod <em>Capacity Per Period</em>}</li>
 *   <li>{@link org.throughline.model.ProcessStep#getFailureDemandShare <em>Failure Demand Share</em>}</li>
 *   <li>{@link org.throughline.model.ProcessStep#getPerformedBy <em>Performed By</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getProcessStep()
 * @model
 * @generated
 */
public interface ProcessStep extends Element, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Period}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period that demand and capacity are counted over; not set until someone says.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see org.throughline.model.Period
	 * @see #setPeriod(Period)
	 * @see org.throughline.model.ThroughlinePackage#getProcessStep_Period()
	 * @model
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link org.throughline.model.ProcessStep#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see org.throughline.model.Period
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Demand Per Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many items (cases, applications, calls) arrive at the step per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demand Per Period</em>' attribute.
	 * @see #setDemandPerPeriod(Double)
	 * @see org.throughline.model.ThroughlinePackage#getProcessStep_DemandPerPeriod()
	 * @model
	 * @generated
	 */
	Double getDemandPerPeriod();

	/**
	 * Sets the value of the '{@link org.throughline.model.ProcessStep#getDemandPerPeriod <em>Demand Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demand Per Period</em>' attribute.
	 * @see #getDemandPerPeriod()
	 * @generated
	 */
	void setDemandPerPeriod(Double value);

	/**
	 * Returns the value of the '<em><b>Capacity Per Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many items the step can handle per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Per Period</em>' attribute.
	 * @see #setCapacityPerPeriod(Double)
	 * @see org.throughline.model.ThroughlinePackage#getProcessStep_CapacityPerPeriod()
	 * @model
	 * @generated
	 */
	Double getCapacityPerPeriod();

	/**
	 * Sets the value of the '{@link org.throughline.model.ProcessStep#getCapacityPerPeriod <em>Capacity Per Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Per Period</em>' attribute.
	 * @see #getCapacityPerPeriod()
	 * @generated
	 */
	void setCapacityPerPeriod(Double value);

	/**
	 * Returns the value of the '<em><b>Failure Demand Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of demand, from 0 to 1, that is failure demand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Demand Share</em>' attribute.
	 * @see #setFailureDemandShare(Double)
	 * @see org.throughline.model.ThroughlinePackage#getProcessStep_FailureDemandShare()
	 * @model
	 * @generated
	 */
	Double getFailureDemandShare();

	/**
	 * Sets the value of the '{@link org.throughline.model.ProcessStep#getFailureDemandShare <em>Failure Demand Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Demand Share</em>' attribute.
	 * @see #getFailureDemandShare()
	 * @generated
	 */
	void setFailureDemandShare(Double value);

	/**
	 * Returns the value of the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who performs the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed By</em>' reference.
	 * @see #setPerformedBy(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getProcessStep_PerformedBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Actor getPerformedBy();

	/**
	 * Sets the value of the '{@link org.throughline.model.ProcessStep#getPerformedBy <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed By</em>' reference.
	 * @see #getPerformedBy()
	 * @generated
	 */
	void setPerformedBy(Actor value);

} // ProcessStep
