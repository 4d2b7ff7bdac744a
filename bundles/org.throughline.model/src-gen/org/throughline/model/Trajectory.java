/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trajectory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The planned path of an indicator's values over time, with a tolerance: an observation further from the plan than the tolerance is off trajectory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Trajectory#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.throughline.model.Trajectory#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getTrajectory()
 * @model
 * @generated
 */
public interface Trajectory extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far, in the indicator's unit, an observation may be from the planned value and still count as on trajectory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(Double)
	 * @see org.throughline.model.ThroughlinePackage#getTrajectory_Tolerance()
	 * @model
	 * @generated
	 */
	Double getTolerance();

	/**
	 * Sets the value of the '{@link org.throughline.model.Trajectory#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(Double value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.TrajectoryPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned values, in date order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getTrajectory_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrajectoryPoint> getPoints();

} // Trajectory
