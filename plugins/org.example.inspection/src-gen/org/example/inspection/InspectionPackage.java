/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An example metamodel extension for Throughline: the inspection regime of a regulator and the inspections it carries out of providers and services, each with its rating. Its classes extend Throughline's (an inspection regime is a concept filed in a model; an inspection is an element with an id) and refer to them (the regulator, the inspected organisation or service).
 * <!-- end-model-doc -->
 * @see org.example.inspection.InspectionFactory
 * @model kind="package"
 * @generated
 */
public interface InspectionPackage extends EPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "inspection";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://example.org/inspection/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "inspection";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InspectionPackage eINSTANCE = org.example.inspection.impl.InspectionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.example.inspection.impl.InspectionRegimeImpl <em>Regime</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.inspection.impl.InspectionRegimeImpl
	 * @see org.example.inspection.impl.InspectionPackageImpl#getInspectionRegime()
	 * @generated
	 */
	int INSPECTION_REGIME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__ID = ThroughlinePackage.CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__NAME = ThroughlinePackage.CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__DESCRIPTION = ThroughlinePackage.CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__PROPERTIES = ThroughlinePackage.CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Regulator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__REGULATOR = ThroughlinePackage.CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inspections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME__INSPECTIONS = ThroughlinePackage.CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Regime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME_FEATURE_COUNT = ThroughlinePackage.CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Regime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_REGIME_OPERATION_COUNT = ThroughlinePackage.CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.example.inspection.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.inspection.impl.InspectionImpl
	 * @see org.example.inspection.impl.InspectionPackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ID = ThroughlinePackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__NAME = ThroughlinePackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DESCRIPTION = ThroughlinePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PROPERTIES = ThroughlinePackage.ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Inspected</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__INSPECTED = ThroughlinePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__RATING = ThroughlinePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DATE = ThroughlinePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Report Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__REPORT_REFERENCE = ThroughlinePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = ThroughlinePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_OPERATION_COUNT = ThroughlinePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.example.inspection.Rating <em>Rating</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.inspection.Rating
	 * @see org.example.inspection.impl.InspectionPackageImpl#getRating()
	 * @generated
	 */
	int RATING = 2;


	/**
	 * Returns the meta object for class '{@link org.example.inspection.InspectionRegime <em>Regime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regime</em>'.
	 * @see org.example.inspection.InspectionRegime
	 * @generated
	 */
	EClass getInspectionRegime();

	/**
	 * Returns the meta object for the reference '{@link org.example.inspection.InspectionRegime#getRegulator <em>Regulator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regulator</em>'.
	 * @see org.example.inspection.InspectionRegime#getRegulator()
	 * @see #getInspectionRegime()
	 * @generated
	 */
	EReference getInspectionRegime_Regulator();

	/**
	 * Returns the meta object for the containment reference list '{@link org.example.inspection.InspectionRegime#getInspections <em>Inspections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inspections</em>'.
	 * @see org.example.inspection.InspectionRegime#getInspections()
	 * @see #getInspectionRegime()
	 * @generated
	 */
	EReference getInspectionRegime_Inspections();

	/**
	 * Returns the meta object for class '{@link org.example.inspection.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see org.example.inspection.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the reference '{@link org.example.inspection.Inspection#getInspected <em>Inspected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspected</em>'.
	 * @see org.example.inspection.Inspection#getInspected()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Inspected();

	/**
	 * Returns the meta object for the attribute '{@link org.example.inspection.Inspection#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.example.inspection.Inspection#getRating()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.example.inspection.Inspection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.example.inspection.Inspection#getDate()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.example.inspection.Inspection#getReportReference <em>Report Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Reference</em>'.
	 * @see org.example.inspection.Inspection#getReportReference()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_ReportReference();

	/**
	 * Returns the meta object for enum '{@link org.example.inspection.Rating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rating</em>'.
	 * @see org.example.inspection.Rating
	 * @generated
	 */
	EEnum getRating();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InspectionFactory getInspectionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.example.inspection.impl.InspectionRegimeImpl <em>Regime</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.inspection.impl.InspectionRegimeImpl
		 * @see org.example.inspection.impl.InspectionPackageImpl#getInspectionRegime()
		 * @generated
		 */
		EClass INSPECTION_REGIME = eINSTANCE.getInspectionRegime();

		/**
		 * The meta object literal for the '<em><b>Regulator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_REGIME__REGULATOR = eINSTANCE.getInspectionRegime_Regulator();

		/**
		 * The meta object literal for the '<em><b>Inspections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_REGIME__INSPECTIONS = eINSTANCE.getInspectionRegime_Inspections();

		/**
		 * The meta object literal for the '{@link org.example.inspection.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.inspection.impl.InspectionImpl
		 * @see org.example.inspection.impl.InspectionPackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Inspected</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__INSPECTED = eINSTANCE.getInspection_Inspected();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__RATING = eINSTANCE.getInspection_Rating();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__DATE = eINSTANCE.getInspection_Date();

		/**
		 * The meta object literal for the '<em><b>Report Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__REPORT_REFERENCE = eINSTANCE.getInspection_ReportReference();

		/**
		 * The meta object literal for the '{@link org.example.inspection.Rating <em>Rating</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.inspection.Rating
		 * @see org.example.inspection.impl.InspectionPackageImpl#getRating()
		 * @generated
		 */
		EEnum RATING = eINSTANCE.getRating();

	}

} //InspectionPackage
