/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The Throughline delivery-chain metamodel: one model holds one whole delivery system, its priorities and outcomes, the measures that show whether they are on track, the actors and links that deliver them, what delivery depends on, and the routine of stocktakes, assessments and actions. The metamodel version is part of the namespace URI.
 * <!-- end-model-doc -->
 * @see org.throughline.model.ThroughlineFactory
 * @model kind="package"
 * @generated
 */
public interface ThroughlinePackage extends EPackage {
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
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://throughline.org/model/1.2";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "throughline";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ThroughlinePackage eINSTANCE = org.throughline.model.impl.ThroughlinePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ElementImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROPERTIES = 3;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.PropertyImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ConceptImpl <em>Concept</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ConceptImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getConcept()
	 * @generated
	 */
	int CONCEPT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.Deliverable <em>Deliverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Deliverable
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliverable()
	 * @generated
	 */
	int DELIVERABLE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ModelImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getModel()
	 * @generated
	 */
	int MODEL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__VERSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>As At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__AS_AT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__FOLDERS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__ELEMENTS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Validation Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL__VALIDATION_SETTINGS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.FolderImpl <em>Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.FolderImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getFolder()
	 * @generated
	 */
	int FOLDER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__FOLDERS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ELEMENTS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.MissionImpl <em>Mission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.MissionImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getMission()
	 * @generated
	 */
	int MISSION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__TARGET_DATE = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__OWNER = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__OUTCOMES = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.PriorityImpl <em>Priority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.PriorityImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__RANK = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__OWNER = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lead Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__LEAD_ORGANISATION = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mission</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__MISSION = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY__OUTCOMES = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.OutcomeImpl <em>Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.OutcomeImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__OWNER = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Beneficiaries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__BENEFICIARIES = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__CONTRIBUTIONS = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.OutcomeContributionImpl <em>Outcome Contribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.OutcomeContributionImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOutcomeContribution()
	 * @generated
	 */
	int OUTCOME_CONTRIBUTION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__TARGET = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__ASSUMPTIONS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__EVIDENCE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Outcome Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Outcome Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_CONTRIBUTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.BenefitImpl <em>Benefit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.BenefitImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBenefit()
	 * @generated
	 */
	int BENEFIT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__ESTIMATED_VALUE = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__UNIT = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Realisation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__REALISATION_DATE = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__OWNER = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__OUTCOME = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__INDICATOR = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Beneficiaries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__BENEFICIARIES = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.IndicatorImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__POLARITY = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_SOURCE = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FREQUENCY = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__OWNER = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASURES = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Balancing Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BALANCING_INDICATORS = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = CONCEPT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = CONCEPT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Trajectory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TRAJECTORY = CONCEPT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__OBSERVATIONS = CONCEPT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.BaselineImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 12;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DATE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SOURCE = 2;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.TargetImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DATE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.TrajectoryImpl <em>Trajectory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.TrajectoryImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTrajectory()
	 * @generated
	 */
	int TRAJECTORY = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__TOLERANCE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__POINTS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Trajectory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Trajectory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.TrajectoryPointImpl <em>Trajectory Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.TrajectoryPointImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTrajectoryPoint()
	 * @generated
	 */
	int TRAJECTORY_POINT = 15;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Trajectory Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Trajectory Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ObservationImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 16;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__WEIGHT = 5;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ActorImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__TIER = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.OrganisationImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PROPERTIES = ACTOR__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TIER = ACTOR__TIER;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PARENT = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.RoleImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PROPERTIES = ACTOR__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__TIER = ACTOR__TIER;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ORGANISATION = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__HOLDER = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.PersonImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PROPERTIES = ACTOR__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TIER = ACTOR__TIER;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.TeamImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__PROPERTIES = ACTOR__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__TIER = ACTOR__TIER;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ORGANISATION = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MEMBERS = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.BeneficiaryGroupImpl <em>Beneficiary Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.BeneficiaryGroupImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBeneficiaryGroup()
	 * @generated
	 */
	int BENEFICIARY_GROUP = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__PROPERTIES = ACTOR__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__TIER = ACTOR__TIER;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP__POPULATION = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Beneficiary Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Beneficiary Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFICIARY_GROUP_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.TierImpl <em>Tier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.TierImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTier()
	 * @generated
	 */
	int TIER = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER__LEVEL = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.DeliveryChainImpl <em>Delivery Chain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.DeliveryChainImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliveryChain()
	 * @generated
	 */
	int DELIVERY_CHAIN = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__PRIORITY = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__OUTCOME = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__ACTORS = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN__LINKS = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Delivery Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Delivery Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_CHAIN_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.LinkImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLink()
	 * @generated
	 */
	int LINK = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__KIND = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__STRENGTH = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__EVIDENCE = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ASSUMPTIONS = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__REPORTS = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ServiceImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__OWNER = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROVIDER = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Users</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__USERS = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__OUTCOMES = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STEPS = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ProcessStepImpl <em>Process Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ProcessStepImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProcessStep()
	 * @generated
	 */
	int PROCESS_STEP = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__PERIOD = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Demand Per Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__DEMAND_PER_PERIOD = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Capacity Per Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__CAPACITY_PER_PERIOD = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Failure Demand Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__FAILURE_DEMAND_SHARE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__PERFORMED_BY = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Process Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Process Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.UserJourneyImpl <em>User Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.UserJourneyImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getUserJourney()
	 * @generated
	 */
	int USER_JOURNEY = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Users</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__USERS = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__STEPS = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY__OWNER = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>User Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_JOURNEY_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.InitiativeImpl <em>Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.InitiativeImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getInitiative()
	 * @generated
	 */
	int INITIATIVE = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__OWNER = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__BUDGET = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__START_DATE = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__END_DATE = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__STATUS = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__RATING = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__FUNDED = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__MILESTONES = CONCEPT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__OUTCOMES = CONCEPT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__BENEFITS = CONCEPT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ProgrammeImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ID = INITIATIVE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__NAME = INITIATIVE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DESCRIPTION = INITIATIVE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PROPERTIES = INITIATIVE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__OWNER = INITIATIVE__OWNER;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BUDGET = INITIATIVE__BUDGET;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__START_DATE = INITIATIVE__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__END_DATE = INITIATIVE__END_DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__STATUS = INITIATIVE__STATUS;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__RATING = INITIATIVE__RATING;

	/**
	 * The feature id for the '<em><b>Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__FUNDED = INITIATIVE__FUNDED;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__MILESTONES = INITIATIVE__MILESTONES;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__OUTCOMES = INITIATIVE__OUTCOMES;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BENEFITS = INITIATIVE__BENEFITS;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PROJECTS = INITIATIVE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = INITIATIVE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = INITIATIVE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ProjectImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = INITIATIVE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = INITIATIVE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = INITIATIVE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROPERTIES = INITIATIVE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OWNER = INITIATIVE__OWNER;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET = INITIATIVE__BUDGET;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__START_DATE = INITIATIVE__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__END_DATE = INITIATIVE__END_DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STATUS = INITIATIVE__STATUS;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RATING = INITIATIVE__RATING;

	/**
	 * The feature id for the '<em><b>Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__FUNDED = INITIATIVE__FUNDED;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MILESTONES = INITIATIVE__MILESTONES;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OUTCOMES = INITIATIVE__OUTCOMES;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BENEFITS = INITIATIVE__BENEFITS;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = INITIATIVE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = INITIATIVE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.MilestoneImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACHIEVED = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Achieved Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACHIEVED_DATE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.DependencyImpl <em>Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.DependencyImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDependency()
	 * @generated
	 */
	int DEPENDENCY = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__FROM = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TO = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__KIND = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Criticality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__CRITICALITY = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Needed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__NEEDED_BY = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.StocktakeImpl <em>Stocktake</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.StocktakeImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getStocktake()
	 * @generated
	 */
	int STOCKTAKE = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__DATE = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__CHAIR = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__ATTENDEES = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Priorities Reviewed</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__PRIORITIES_REVIEWED = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__ASSESSMENTS = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actions Agreed</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE__ACTIONS_AGREED = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Stocktake</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Stocktake</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCKTAKE_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.AssessmentImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SUBJECT = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RATING = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CRITERIA = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RATIONALE = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSOR = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.CriterionRatingImpl <em>Criterion Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.CriterionRatingImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getCriterionRating()
	 * @generated
	 */
	int CRITERION_RATING = 36;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_RATING__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_RATING__RATING = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_RATING__COMMENT = 2;

	/**
	 * The number of structural features of the '<em>Criterion Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_RATING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Criterion Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_RATING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ActionImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CLOSED_DATE = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ADDRESSES = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.SupportOfferImpl <em>Support Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.SupportOfferImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportOffer()
	 * @generated
	 */
	int SUPPORT_OFFER = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__PRIORITY = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__KIND = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__OWNER = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__STATUS = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Offered Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__OFFERED_DATE = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER__ADDRESSES = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Support Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Support Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_OFFER_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.RiskImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__STATUS = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Affects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__AFFECTS = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.IssueImpl <em>Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.IssueImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getIssue()
	 * @generated
	 */
	int ISSUE = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ID = CONCEPT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__NAME = CONCEPT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__DESCRIPTION = CONCEPT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PROPERTIES = CONCEPT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__IMPACT = CONCEPT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__OWNER = CONCEPT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Raised Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__RAISED_DATE = CONCEPT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__RESOLUTION = CONCEPT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__STATUS = CONCEPT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Affects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__AFFECTS = CONCEPT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Risk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__RISK = CONCEPT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_FEATURE_COUNT = CONCEPT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_OPERATION_COUNT = CONCEPT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.ValidationSettingsImpl <em>Validation Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.ValidationSettingsImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getValidationSettings()
	 * @generated
	 */
	int VALIDATION_SETTINGS = 41;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_SETTINGS__SUPPRESSIONS = 0;

	/**
	 * The feature id for the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_SETTINGS__SEVERITY_OVERRIDES = 1;

	/**
	 * The number of structural features of the '<em>Validation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_SETTINGS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Validation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.SuppressionImpl <em>Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.SuppressionImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSuppression()
	 * @generated
	 */
	int SUPPRESSION = 42;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__DATE = 4;

	/**
	 * The number of structural features of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.impl.SeverityOverrideImpl
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSeverityOverride()
	 * @generated
	 */
	int SEVERITY_OVERRIDE = 43;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__SEVERITY = 1;

	/**
	 * The number of structural features of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.throughline.model.EvidenceStrength <em>Evidence Strength</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.EvidenceStrength
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getEvidenceStrength()
	 * @generated
	 */
	int EVIDENCE_STRENGTH = 44;

	/**
	 * The meta object id for the '{@link org.throughline.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Polarity
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 45;

	/**
	 * The meta object id for the '{@link org.throughline.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Frequency
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 46;

	/**
	 * The meta object id for the '{@link org.throughline.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.OrganisationKind
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 47;

	/**
	 * The meta object id for the '{@link org.throughline.model.RoleKind <em>Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.RoleKind
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRoleKind()
	 * @generated
	 */
	int ROLE_KIND = 48;

	/**
	 * The meta object id for the '{@link org.throughline.model.LinkKind <em>Link Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.LinkKind
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLinkKind()
	 * @generated
	 */
	int LINK_KIND = 49;

	/**
	 * The meta object id for the '{@link org.throughline.model.LinkStrength <em>Link Strength</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.LinkStrength
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLinkStrength()
	 * @generated
	 */
	int LINK_STRENGTH = 50;

	/**
	 * The meta object id for the '{@link org.throughline.model.Period <em>Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Period
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 51;

	/**
	 * The meta object id for the '{@link org.throughline.model.DeliveryStatus <em>Delivery Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.DeliveryStatus
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliveryStatus()
	 * @generated
	 */
	int DELIVERY_STATUS = 52;

	/**
	 * The meta object id for the '{@link org.throughline.model.EffectivenessRating <em>Effectiveness Rating</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.EffectivenessRating
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getEffectivenessRating()
	 * @generated
	 */
	int EFFECTIVENESS_RATING = 53;

	/**
	 * The meta object id for the '{@link org.throughline.model.DependencyKind <em>Dependency Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.DependencyKind
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDependencyKind()
	 * @generated
	 */
	int DEPENDENCY_KIND = 54;

	/**
	 * The meta object id for the '{@link org.throughline.model.Criticality <em>Criticality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Criticality
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getCriticality()
	 * @generated
	 */
	int CRITICALITY = 55;

	/**
	 * The meta object id for the '{@link org.throughline.model.LikelihoodRating <em>Likelihood Rating</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.LikelihoodRating
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLikelihoodRating()
	 * @generated
	 */
	int LIKELIHOOD_RATING = 56;

	/**
	 * The meta object id for the '{@link org.throughline.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.ActionStatus
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 57;

	/**
	 * The meta object id for the '{@link org.throughline.model.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Level
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 58;

	/**
	 * The meta object id for the '{@link org.throughline.model.LogStatus <em>Log Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.LogStatus
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLogStatus()
	 * @generated
	 */
	int LOG_STATUS = 59;

	/**
	 * The meta object id for the '{@link org.throughline.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.Severity
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 60;

	/**
	 * The meta object id for the '{@link org.throughline.model.SupportKind <em>Support Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.SupportKind
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportKind()
	 * @generated
	 */
	int SUPPORT_KIND = 61;

	/**
	 * The meta object id for the '{@link org.throughline.model.SupportStatus <em>Support Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.throughline.model.SupportStatus
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportStatus()
	 * @generated
	 */
	int SUPPORT_STATUS = 62;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 63;


	/**
	 * Returns the meta object for class '{@link org.throughline.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.throughline.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.throughline.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.throughline.model.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.throughline.model.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Element#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.throughline.model.Element#getProperties()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Properties();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.throughline.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.throughline.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.throughline.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Concept <em>Concept</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concept</em>'.
	 * @see org.throughline.model.Concept
	 * @generated
	 */
	EClass getConcept();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deliverable</em>'.
	 * @see org.throughline.model.Deliverable
	 * @generated
	 */
	EClass getDeliverable();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Model <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.throughline.model.Model
	 * @generated
	 */
	EClass getModel();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Model#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.throughline.model.Model#getVersion()
	 * @see #getModel()
	 * @generated
	 */
	EAttribute getModel_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Model#getAsAt <em>As At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As At</em>'.
	 * @see org.throughline.model.Model#getAsAt()
	 * @see #getModel()
	 * @generated
	 */
	EAttribute getModel_AsAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Model#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see org.throughline.model.Model#getFolders()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_Folders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Model#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.throughline.model.Model#getElements()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_Elements();

	/**
	 * Returns the meta object for the containment reference '{@link org.throughline.model.Model#getValidationSettings <em>Validation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Validation Settings</em>'.
	 * @see org.throughline.model.Model#getValidationSettings()
	 * @see #getModel()
	 * @generated
	 */
	EReference getModel_ValidationSettings();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Folder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder</em>'.
	 * @see org.throughline.model.Folder
	 * @generated
	 */
	EClass getFolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Folder#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see org.throughline.model.Folder#getFolders()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Folders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Folder#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.throughline.model.Folder#getElements()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Elements();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Mission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mission</em>'.
	 * @see org.throughline.model.Mission
	 * @generated
	 */
	EClass getMission();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Mission#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see org.throughline.model.Mission#getTargetDate()
	 * @see #getMission()
	 * @generated
	 */
	EAttribute getMission_TargetDate();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Mission#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Mission#getOwner()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Mission#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.throughline.model.Mission#getOutcomes()
	 * @see #getMission()
	 * @generated
	 */
	EReference getMission_Outcomes();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority</em>'.
	 * @see org.throughline.model.Priority
	 * @generated
	 */
	EClass getPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Priority#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.throughline.model.Priority#getRank()
	 * @see #getPriority()
	 * @generated
	 */
	EAttribute getPriority_Rank();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Priority#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Priority#getOwner()
	 * @see #getPriority()
	 * @generated
	 */
	EReference getPriority_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Priority#getLeadOrganisation <em>Lead Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead Organisation</em>'.
	 * @see org.throughline.model.Priority#getLeadOrganisation()
	 * @see #getPriority()
	 * @generated
	 */
	EReference getPriority_LeadOrganisation();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Priority#getMission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mission</em>'.
	 * @see org.throughline.model.Priority#getMission()
	 * @see #getPriority()
	 * @generated
	 */
	EReference getPriority_Mission();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Priority#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.throughline.model.Priority#getOutcomes()
	 * @see #getPriority()
	 * @generated
	 */
	EReference getPriority_Outcomes();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome</em>'.
	 * @see org.throughline.model.Outcome
	 * @generated
	 */
	EClass getOutcome();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Outcome#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Outcome#getOwner()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Outcome#getBeneficiaries <em>Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Beneficiaries</em>'.
	 * @see org.throughline.model.Outcome#getBeneficiaries()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Beneficiaries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Outcome#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see org.throughline.model.Outcome#getContributions()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Contributions();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.OutcomeContribution <em>Outcome Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Contribution</em>'.
	 * @see org.throughline.model.OutcomeContribution
	 * @generated
	 */
	EClass getOutcomeContribution();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.OutcomeContribution#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.throughline.model.OutcomeContribution#getTarget()
	 * @see #getOutcomeContribution()
	 * @generated
	 */
	EReference getOutcomeContribution_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.OutcomeContribution#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumptions</em>'.
	 * @see org.throughline.model.OutcomeContribution#getAssumptions()
	 * @see #getOutcomeContribution()
	 * @generated
	 */
	EAttribute getOutcomeContribution_Assumptions();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.OutcomeContribution#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.throughline.model.OutcomeContribution#getEvidence()
	 * @see #getOutcomeContribution()
	 * @generated
	 */
	EAttribute getOutcomeContribution_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.OutcomeContribution#getEvidenceStrength <em>Evidence Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Strength</em>'.
	 * @see org.throughline.model.OutcomeContribution#getEvidenceStrength()
	 * @see #getOutcomeContribution()
	 * @generated
	 */
	EAttribute getOutcomeContribution_EvidenceStrength();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Benefit <em>Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit</em>'.
	 * @see org.throughline.model.Benefit
	 * @generated
	 */
	EClass getBenefit();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Benefit#getEstimatedValue <em>Estimated Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Value</em>'.
	 * @see org.throughline.model.Benefit#getEstimatedValue()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_EstimatedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Benefit#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.throughline.model.Benefit#getUnit()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Benefit#getRealisationDate <em>Realisation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Realisation Date</em>'.
	 * @see org.throughline.model.Benefit#getRealisationDate()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_RealisationDate();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Benefit#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Benefit#getOwner()
	 * @see #getBenefit()
	 * @generated
	 */
	EReference getBenefit_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Benefit#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.throughline.model.Benefit#getOutcome()
	 * @see #getBenefit()
	 * @generated
	 */
	EReference getBenefit_Outcome();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Benefit#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.throughline.model.Benefit#getIndicator()
	 * @see #getBenefit()
	 * @generated
	 */
	EReference getBenefit_Indicator();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Benefit#getBeneficiaries <em>Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Beneficiaries</em>'.
	 * @see org.throughline.model.Benefit#getBeneficiaries()
	 * @see #getBenefit()
	 * @generated
	 */
	EReference getBenefit_Beneficiaries();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.throughline.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.throughline.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Indicator#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.throughline.model.Indicator#getPolarity()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Polarity();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Indicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.throughline.model.Indicator#getDataSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Indicator#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.throughline.model.Indicator#getFrequency()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Frequency();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Indicator#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Indicator#getOwner()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Indicator#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measures</em>'.
	 * @see org.throughline.model.Indicator#getMeasures()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measures();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Indicator#getBalancingIndicators <em>Balancing Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Balancing Indicators</em>'.
	 * @see org.throughline.model.Indicator#getBalancingIndicators()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_BalancingIndicators();

	/**
	 * Returns the meta object for the containment reference '{@link org.throughline.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Baseline</em>'.
	 * @see org.throughline.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.throughline.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the containment reference '{@link org.throughline.model.Indicator#getTrajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trajectory</em>'.
	 * @see org.throughline.model.Indicator#getTrajectory()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Trajectory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Indicator#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.throughline.model.Indicator#getObservations()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Observations();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.throughline.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Baseline#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.throughline.model.Baseline#getValue()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Baseline#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Baseline#getDate()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Baseline#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.throughline.model.Baseline#getSource()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Source();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.throughline.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.throughline.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Target#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Target#getDate()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Date();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Trajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trajectory</em>'.
	 * @see org.throughline.model.Trajectory
	 * @generated
	 */
	EClass getTrajectory();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Trajectory#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.throughline.model.Trajectory#getTolerance()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Tolerance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Trajectory#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.throughline.model.Trajectory#getPoints()
	 * @see #getTrajectory()
	 * @generated
	 */
	EReference getTrajectory_Points();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.TrajectoryPoint <em>Trajectory Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trajectory Point</em>'.
	 * @see org.throughline.model.TrajectoryPoint
	 * @generated
	 */
	EClass getTrajectoryPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.TrajectoryPoint#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.TrajectoryPoint#getDate()
	 * @see #getTrajectoryPoint()
	 * @generated
	 */
	EAttribute getTrajectoryPoint_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.TrajectoryPoint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.throughline.model.TrajectoryPoint#getValue()
	 * @see #getTrajectoryPoint()
	 * @generated
	 */
	EAttribute getTrajectoryPoint_Value();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.throughline.model.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Observation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Observation#getDate()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Observation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.throughline.model.Observation#getValue()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Observation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.throughline.model.Observation#getSource()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Observation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.throughline.model.Observation#getNote()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Note();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Observation#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.throughline.model.Observation#getUnit()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Observation#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.throughline.model.Observation#getWeight()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Weight();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.throughline.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Actor#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tier</em>'.
	 * @see org.throughline.model.Actor#getTier()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Tier();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.throughline.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.throughline.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Organisation#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.throughline.model.Organisation#getParent()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Parent();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.throughline.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Role#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.throughline.model.Role#getKind()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Role#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.throughline.model.Role#getOrganisation()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Role#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Holder</em>'.
	 * @see org.throughline.model.Role#getHolder()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Holder();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.throughline.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.throughline.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Team#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.throughline.model.Team#getOrganisation()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Organisation();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Team#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.throughline.model.Team#getMembers()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Members();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.BeneficiaryGroup <em>Beneficiary Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Beneficiary Group</em>'.
	 * @see org.throughline.model.BeneficiaryGroup
	 * @generated
	 */
	EClass getBeneficiaryGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.BeneficiaryGroup#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.throughline.model.BeneficiaryGroup#getPopulation()
	 * @see #getBeneficiaryGroup()
	 * @generated
	 */
	EAttribute getBeneficiaryGroup_Population();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Tier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tier</em>'.
	 * @see org.throughline.model.Tier
	 * @generated
	 */
	EClass getTier();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Tier#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.throughline.model.Tier#getLevel()
	 * @see #getTier()
	 * @generated
	 */
	EAttribute getTier_Level();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.DeliveryChain <em>Delivery Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delivery Chain</em>'.
	 * @see org.throughline.model.DeliveryChain
	 * @generated
	 */
	EClass getDeliveryChain();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.DeliveryChain#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Priority</em>'.
	 * @see org.throughline.model.DeliveryChain#getPriority()
	 * @see #getDeliveryChain()
	 * @generated
	 */
	EReference getDeliveryChain_Priority();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.DeliveryChain#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.throughline.model.DeliveryChain#getOutcome()
	 * @see #getDeliveryChain()
	 * @generated
	 */
	EReference getDeliveryChain_Outcome();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.DeliveryChain#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.throughline.model.DeliveryChain#getActors()
	 * @see #getDeliveryChain()
	 * @generated
	 */
	EReference getDeliveryChain_Actors();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.DeliveryChain#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Links</em>'.
	 * @see org.throughline.model.DeliveryChain#getLinks()
	 * @see #getDeliveryChain()
	 * @generated
	 */
	EReference getDeliveryChain_Links();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.throughline.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.throughline.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.throughline.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Link#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.throughline.model.Link#getKind()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Link#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.throughline.model.Link#getStrength()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Link#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.throughline.model.Link#getEvidence()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Link#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumptions</em>'.
	 * @see org.throughline.model.Link#getAssumptions()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Assumptions();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Link#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reports</em>'.
	 * @see org.throughline.model.Link#getReports()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Reports();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.throughline.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Service#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Service#getOwner()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Service#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.throughline.model.Service#getProvider()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Provider();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Service#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Users</em>'.
	 * @see org.throughline.model.Service#getUsers()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Users();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Service#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.throughline.model.Service#getOutcomes()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Service#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.throughline.model.Service#getSteps()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Steps();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.ProcessStep <em>Process Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Step</em>'.
	 * @see org.throughline.model.ProcessStep
	 * @generated
	 */
	EClass getProcessStep();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.ProcessStep#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.throughline.model.ProcessStep#getPeriod()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.ProcessStep#getDemandPerPeriod <em>Demand Per Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demand Per Period</em>'.
	 * @see org.throughline.model.ProcessStep#getDemandPerPeriod()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_DemandPerPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.ProcessStep#getCapacityPerPeriod <em>Capacity Per Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Per Period</em>'.
	 * @see org.throughline.model.ProcessStep#getCapacityPerPeriod()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_CapacityPerPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.ProcessStep#getFailureDemandShare <em>Failure Demand Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Demand Share</em>'.
	 * @see org.throughline.model.ProcessStep#getFailureDemandShare()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_FailureDemandShare();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.ProcessStep#getPerformedBy <em>Performed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Performed By</em>'.
	 * @see org.throughline.model.ProcessStep#getPerformedBy()
	 * @see #getProcessStep()
	 * @generated
	 */
	EReference getProcessStep_PerformedBy();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.UserJourney <em>User Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Journey</em>'.
	 * @see org.throughline.model.UserJourney
	 * @generated
	 */
	EClass getUserJourney();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.UserJourney#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Users</em>'.
	 * @see org.throughline.model.UserJourney#getUsers()
	 * @see #getUserJourney()
	 * @generated
	 */
	EReference getUserJourney_Users();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.UserJourney#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Steps</em>'.
	 * @see org.throughline.model.UserJourney#getSteps()
	 * @see #getUserJourney()
	 * @generated
	 */
	EReference getUserJourney_Steps();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.UserJourney#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.UserJourney#getOwner()
	 * @see #getUserJourney()
	 * @generated
	 */
	EReference getUserJourney_Owner();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiative</em>'.
	 * @see org.throughline.model.Initiative
	 * @generated
	 */
	EClass getInitiative();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Initiative#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Initiative#getOwner()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.throughline.model.Initiative#getBudget()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.throughline.model.Initiative#getStartDate()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.throughline.model.Initiative#getEndDate()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.throughline.model.Initiative#getStatus()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.throughline.model.Initiative#getRating()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Initiative#isFunded <em>Funded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funded</em>'.
	 * @see org.throughline.model.Initiative#isFunded()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Funded();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Initiative#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.throughline.model.Initiative#getMilestones()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Milestones();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Initiative#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.throughline.model.Initiative#getOutcomes()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Outcomes();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Initiative#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Benefits</em>'.
	 * @see org.throughline.model.Initiative#getBenefits()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Benefits();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.throughline.model.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Programme#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.throughline.model.Programme#getProjects()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Projects();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.throughline.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.throughline.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Milestone#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Milestone#getDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Milestone#isAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see org.throughline.model.Milestone#isAchieved()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Achieved();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Milestone#getAchievedDate <em>Achieved Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved Date</em>'.
	 * @see org.throughline.model.Milestone#getAchievedDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_AchievedDate();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Dependency <em>Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dependency</em>'.
	 * @see org.throughline.model.Dependency
	 * @generated
	 */
	EClass getDependency();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Dependency#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.throughline.model.Dependency#getFrom()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_From();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Dependency#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.throughline.model.Dependency#getTo()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_To();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Dependency#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.throughline.model.Dependency#getKind()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Dependency#getCriticality <em>Criticality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criticality</em>'.
	 * @see org.throughline.model.Dependency#getCriticality()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Criticality();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Dependency#getNeededBy <em>Needed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needed By</em>'.
	 * @see org.throughline.model.Dependency#getNeededBy()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_NeededBy();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Stocktake <em>Stocktake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stocktake</em>'.
	 * @see org.throughline.model.Stocktake
	 * @generated
	 */
	EClass getStocktake();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Stocktake#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Stocktake#getDate()
	 * @see #getStocktake()
	 * @generated
	 */
	EAttribute getStocktake_Date();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Stocktake#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chair</em>'.
	 * @see org.throughline.model.Stocktake#getChair()
	 * @see #getStocktake()
	 * @generated
	 */
	EReference getStocktake_Chair();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Stocktake#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.throughline.model.Stocktake#getAttendees()
	 * @see #getStocktake()
	 * @generated
	 */
	EReference getStocktake_Attendees();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Stocktake#getPrioritiesReviewed <em>Priorities Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Priorities Reviewed</em>'.
	 * @see org.throughline.model.Stocktake#getPrioritiesReviewed()
	 * @see #getStocktake()
	 * @generated
	 */
	EReference getStocktake_PrioritiesReviewed();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Stocktake#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assessments</em>'.
	 * @see org.throughline.model.Stocktake#getAssessments()
	 * @see #getStocktake()
	 * @generated
	 */
	EReference getStocktake_Assessments();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Stocktake#getActionsAgreed <em>Actions Agreed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions Agreed</em>'.
	 * @see org.throughline.model.Stocktake#getActionsAgreed()
	 * @see #getStocktake()
	 * @generated
	 */
	EReference getStocktake_ActionsAgreed();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.throughline.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Assessment#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.throughline.model.Assessment#getSubject()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Assessment#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.throughline.model.Assessment#getRating()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Rating();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.Assessment#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.throughline.model.Assessment#getCriteria()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Assessment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.throughline.model.Assessment#getRationale()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Assessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessor</em>'.
	 * @see org.throughline.model.Assessment#getAssessor()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Assessor();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.CriterionRating <em>Criterion Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion Rating</em>'.
	 * @see org.throughline.model.CriterionRating
	 * @generated
	 */
	EClass getCriterionRating();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.CriterionRating#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.throughline.model.CriterionRating#getCriterion()
	 * @see #getCriterionRating()
	 * @generated
	 */
	EAttribute getCriterionRating_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.CriterionRating#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.throughline.model.CriterionRating#getRating()
	 * @see #getCriterionRating()
	 * @generated
	 */
	EAttribute getCriterionRating_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.CriterionRating#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.throughline.model.CriterionRating#getComment()
	 * @see #getCriterionRating()
	 * @generated
	 */
	EAttribute getCriterionRating_Comment();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.throughline.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.throughline.model.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.throughline.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Action#getClosedDate <em>Closed Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed Date</em>'.
	 * @see org.throughline.model.Action#getClosedDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_ClosedDate();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Action#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.throughline.model.Action#getAddresses()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Addresses();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.SupportOffer <em>Support Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Offer</em>'.
	 * @see org.throughline.model.SupportOffer
	 * @generated
	 */
	EClass getSupportOffer();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.SupportOffer#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Priority</em>'.
	 * @see org.throughline.model.SupportOffer#getPriority()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EReference getSupportOffer_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.SupportOffer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.throughline.model.SupportOffer#getKind()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EAttribute getSupportOffer_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.SupportOffer#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.SupportOffer#getOwner()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EReference getSupportOffer_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.SupportOffer#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.throughline.model.SupportOffer#getStatus()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EAttribute getSupportOffer_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.SupportOffer#getOfferedDate <em>Offered Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offered Date</em>'.
	 * @see org.throughline.model.SupportOffer#getOfferedDate()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EAttribute getSupportOffer_OfferedDate();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.SupportOffer#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.throughline.model.SupportOffer#getAddresses()
	 * @see #getSupportOffer()
	 * @generated
	 */
	EReference getSupportOffer_Addresses();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.throughline.model.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Risk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.throughline.model.Risk#getLikelihood()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.throughline.model.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.throughline.model.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Risk#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.throughline.model.Risk#getStatus()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Risk#getAffects <em>Affects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affects</em>'.
	 * @see org.throughline.model.Risk#getAffects()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Affects();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Issue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue</em>'.
	 * @see org.throughline.model.Issue
	 * @generated
	 */
	EClass getIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Issue#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.throughline.model.Issue#getImpact()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Impact();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Issue#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.throughline.model.Issue#getOwner()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Issue#getRaisedDate <em>Raised Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised Date</em>'.
	 * @see org.throughline.model.Issue#getRaisedDate()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_RaisedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Issue#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.throughline.model.Issue#getResolution()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Issue#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.throughline.model.Issue#getStatus()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.throughline.model.Issue#getAffects <em>Affects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affects</em>'.
	 * @see org.throughline.model.Issue#getAffects()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Affects();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Issue#getRisk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Risk</em>'.
	 * @see org.throughline.model.Issue#getRisk()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Risk();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.ValidationSettings <em>Validation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validation Settings</em>'.
	 * @see org.throughline.model.ValidationSettings
	 * @generated
	 */
	EClass getValidationSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.ValidationSettings#getSuppressions <em>Suppressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suppressions</em>'.
	 * @see org.throughline.model.ValidationSettings#getSuppressions()
	 * @see #getValidationSettings()
	 * @generated
	 */
	EReference getValidationSettings_Suppressions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.throughline.model.ValidationSettings#getSeverityOverrides <em>Severity Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Severity Overrides</em>'.
	 * @see org.throughline.model.ValidationSettings#getSeverityOverrides()
	 * @see #getValidationSettings()
	 * @generated
	 */
	EReference getValidationSettings_SeverityOverrides();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.Suppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suppression</em>'.
	 * @see org.throughline.model.Suppression
	 * @generated
	 */
	EClass getSuppression();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Suppression#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.throughline.model.Suppression#getRuleId()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_RuleId();

	/**
	 * Returns the meta object for the reference '{@link org.throughline.model.Suppression#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.throughline.model.Suppression#getElement()
	 * @see #getSuppression()
	 * @generated
	 */
	EReference getSuppression_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Suppression#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.throughline.model.Suppression#getReason()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Suppression#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.throughline.model.Suppression#getAuthor()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.Suppression#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.throughline.model.Suppression#getDate()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Date();

	/**
	 * Returns the meta object for class '{@link org.throughline.model.SeverityOverride <em>Severity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Override</em>'.
	 * @see org.throughline.model.SeverityOverride
	 * @generated
	 */
	EClass getSeverityOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.SeverityOverride#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.throughline.model.SeverityOverride#getRuleId()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.throughline.model.SeverityOverride#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.throughline.model.SeverityOverride#getSeverity()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_Severity();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.EvidenceStrength <em>Evidence Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Strength</em>'.
	 * @see org.throughline.model.EvidenceStrength
	 * @generated
	 */
	EEnum getEvidenceStrength();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.throughline.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see org.throughline.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.throughline.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.RoleKind <em>Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Kind</em>'.
	 * @see org.throughline.model.RoleKind
	 * @generated
	 */
	EEnum getRoleKind();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.LinkKind <em>Link Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Kind</em>'.
	 * @see org.throughline.model.LinkKind
	 * @generated
	 */
	EEnum getLinkKind();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.LinkStrength <em>Link Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Strength</em>'.
	 * @see org.throughline.model.LinkStrength
	 * @generated
	 */
	EEnum getLinkStrength();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period</em>'.
	 * @see org.throughline.model.Period
	 * @generated
	 */
	EEnum getPeriod();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.DeliveryStatus <em>Delivery Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery Status</em>'.
	 * @see org.throughline.model.DeliveryStatus
	 * @generated
	 */
	EEnum getDeliveryStatus();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.EffectivenessRating <em>Effectiveness Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Effectiveness Rating</em>'.
	 * @see org.throughline.model.EffectivenessRating
	 * @generated
	 */
	EEnum getEffectivenessRating();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.DependencyKind <em>Dependency Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Kind</em>'.
	 * @see org.throughline.model.DependencyKind
	 * @generated
	 */
	EEnum getDependencyKind();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Criticality <em>Criticality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criticality</em>'.
	 * @see org.throughline.model.Criticality
	 * @generated
	 */
	EEnum getCriticality();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.LikelihoodRating <em>Likelihood Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Likelihood Rating</em>'.
	 * @see org.throughline.model.LikelihoodRating
	 * @generated
	 */
	EEnum getLikelihoodRating();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.throughline.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.throughline.model.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.LogStatus <em>Log Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Status</em>'.
	 * @see org.throughline.model.LogStatus
	 * @generated
	 */
	EEnum getLogStatus();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.throughline.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.SupportKind <em>Support Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Support Kind</em>'.
	 * @see org.throughline.model.SupportKind
	 * @generated
	 */
	EEnum getSupportKind();

	/**
	 * Returns the meta object for enum '{@link org.throughline.model.SupportStatus <em>Support Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Support Status</em>'.
	 * @see org.throughline.model.SupportStatus
	 * @generated
	 */
	EEnum getSupportStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or time zone, written as ISO 8601 (yyyy-MM-dd) so that files read and compare the same everywhere.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ThroughlineFactory getThroughlineFactory();

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
		 * The meta object literal for the '{@link org.throughline.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ElementImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__PROPERTIES = eINSTANCE.getElement_Properties();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.PropertyImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ConceptImpl <em>Concept</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ConceptImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getConcept()
		 * @generated
		 */
		EClass CONCEPT = eINSTANCE.getConcept();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Deliverable <em>Deliverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Deliverable
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliverable()
		 * @generated
		 */
		EClass DELIVERABLE = eINSTANCE.getDeliverable();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ModelImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getModel()
		 * @generated
		 */
		EClass MODEL = eINSTANCE.getModel();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL__VERSION = eINSTANCE.getModel_Version();

		/**
		 * The meta object literal for the '<em><b>As At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL__AS_AT = eINSTANCE.getModel_AsAt();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__FOLDERS = eINSTANCE.getModel_Folders();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__ELEMENTS = eINSTANCE.getModel_Elements();

		/**
		 * The meta object literal for the '<em><b>Validation Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL__VALIDATION_SETTINGS = eINSTANCE.getModel_ValidationSettings();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.FolderImpl <em>Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.FolderImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getFolder()
		 * @generated
		 */
		EClass FOLDER = eINSTANCE.getFolder();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__FOLDERS = eINSTANCE.getFolder_Folders();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__ELEMENTS = eINSTANCE.getFolder_Elements();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.MissionImpl <em>Mission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.MissionImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getMission()
		 * @generated
		 */
		EClass MISSION = eINSTANCE.getMission();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSION__TARGET_DATE = eINSTANCE.getMission_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__OWNER = eINSTANCE.getMission_Owner();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSION__OUTCOMES = eINSTANCE.getMission_Outcomes();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.PriorityImpl <em>Priority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.PriorityImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPriority()
		 * @generated
		 */
		EClass PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY__RANK = eINSTANCE.getPriority_Rank();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY__OWNER = eINSTANCE.getPriority_Owner();

		/**
		 * The meta object literal for the '<em><b>Lead Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY__LEAD_ORGANISATION = eINSTANCE.getPriority_LeadOrganisation();

		/**
		 * The meta object literal for the '<em><b>Mission</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY__MISSION = eINSTANCE.getPriority_Mission();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY__OUTCOMES = eINSTANCE.getPriority_Outcomes();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.OutcomeImpl <em>Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.OutcomeImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOutcome()
		 * @generated
		 */
		EClass OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__OWNER = eINSTANCE.getOutcome_Owner();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__BENEFICIARIES = eINSTANCE.getOutcome_Beneficiaries();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__CONTRIBUTIONS = eINSTANCE.getOutcome_Contributions();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.OutcomeContributionImpl <em>Outcome Contribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.OutcomeContributionImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOutcomeContribution()
		 * @generated
		 */
		EClass OUTCOME_CONTRIBUTION = eINSTANCE.getOutcomeContribution();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME_CONTRIBUTION__TARGET = eINSTANCE.getOutcomeContribution_Target();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_CONTRIBUTION__ASSUMPTIONS = eINSTANCE.getOutcomeContribution_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_CONTRIBUTION__EVIDENCE = eINSTANCE.getOutcomeContribution_Evidence();

		/**
		 * The meta object literal for the '<em><b>Evidence Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_CONTRIBUTION__EVIDENCE_STRENGTH = eINSTANCE.getOutcomeContribution_EvidenceStrength();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.BenefitImpl <em>Benefit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.BenefitImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBenefit()
		 * @generated
		 */
		EClass BENEFIT = eINSTANCE.getBenefit();

		/**
		 * The meta object literal for the '<em><b>Estimated Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__ESTIMATED_VALUE = eINSTANCE.getBenefit_EstimatedValue();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__UNIT = eINSTANCE.getBenefit_Unit();

		/**
		 * The meta object literal for the '<em><b>Realisation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__REALISATION_DATE = eINSTANCE.getBenefit_RealisationDate();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT__OWNER = eINSTANCE.getBenefit_Owner();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT__OUTCOME = eINSTANCE.getBenefit_Outcome();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT__INDICATOR = eINSTANCE.getBenefit_Indicator();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT__BENEFICIARIES = eINSTANCE.getBenefit_Beneficiaries();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.IndicatorImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__POLARITY = eINSTANCE.getIndicator_Polarity();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_SOURCE = eINSTANCE.getIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__FREQUENCY = eINSTANCE.getIndicator_Frequency();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__OWNER = eINSTANCE.getIndicator_Owner();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASURES = eINSTANCE.getIndicator_Measures();

		/**
		 * The meta object literal for the '<em><b>Balancing Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__BALANCING_INDICATORS = eINSTANCE.getIndicator_BalancingIndicators();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Trajectory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TRAJECTORY = eINSTANCE.getIndicator_Trajectory();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__OBSERVATIONS = eINSTANCE.getIndicator_Observations();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.BaselineImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__VALUE = eINSTANCE.getBaseline_Value();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DATE = eINSTANCE.getBaseline_Date();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__SOURCE = eINSTANCE.getBaseline_Source();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.TargetImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DATE = eINSTANCE.getTarget_Date();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.TrajectoryImpl <em>Trajectory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.TrajectoryImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTrajectory()
		 * @generated
		 */
		EClass TRAJECTORY = eINSTANCE.getTrajectory();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__TOLERANCE = eINSTANCE.getTrajectory_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAJECTORY__POINTS = eINSTANCE.getTrajectory_Points();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.TrajectoryPointImpl <em>Trajectory Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.TrajectoryPointImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTrajectoryPoint()
		 * @generated
		 */
		EClass TRAJECTORY_POINT = eINSTANCE.getTrajectoryPoint();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY_POINT__DATE = eINSTANCE.getTrajectoryPoint_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY_POINT__VALUE = eINSTANCE.getTrajectoryPoint_Value();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ObservationImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__DATE = eINSTANCE.getObservation_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VALUE = eINSTANCE.getObservation_Value();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SOURCE = eINSTANCE.getObservation_Source();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__NOTE = eINSTANCE.getObservation_Note();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__UNIT = eINSTANCE.getObservation_Unit();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__WEIGHT = eINSTANCE.getObservation_Weight();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ActorImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__TIER = eINSTANCE.getActor_Tier();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.OrganisationImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PARENT = eINSTANCE.getOrganisation_Parent();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.RoleImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__KIND = eINSTANCE.getRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__ORGANISATION = eINSTANCE.getRole_Organisation();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__HOLDER = eINSTANCE.getRole_Holder();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.PersonImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.TeamImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__ORGANISATION = eINSTANCE.getTeam_Organisation();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__MEMBERS = eINSTANCE.getTeam_Members();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.BeneficiaryGroupImpl <em>Beneficiary Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.BeneficiaryGroupImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getBeneficiaryGroup()
		 * @generated
		 */
		EClass BENEFICIARY_GROUP = eINSTANCE.getBeneficiaryGroup();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFICIARY_GROUP__POPULATION = eINSTANCE.getBeneficiaryGroup_Population();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.TierImpl <em>Tier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.TierImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getTier()
		 * @generated
		 */
		EClass TIER = eINSTANCE.getTier();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER__LEVEL = eINSTANCE.getTier_Level();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.DeliveryChainImpl <em>Delivery Chain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.DeliveryChainImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliveryChain()
		 * @generated
		 */
		EClass DELIVERY_CHAIN = eINSTANCE.getDeliveryChain();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_CHAIN__PRIORITY = eINSTANCE.getDeliveryChain_Priority();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_CHAIN__OUTCOME = eINSTANCE.getDeliveryChain_Outcome();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_CHAIN__ACTORS = eINSTANCE.getDeliveryChain_Actors();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_CHAIN__LINKS = eINSTANCE.getDeliveryChain_Links();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.LinkImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__KIND = eINSTANCE.getLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__STRENGTH = eINSTANCE.getLink_Strength();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__EVIDENCE = eINSTANCE.getLink_Evidence();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__ASSUMPTIONS = eINSTANCE.getLink_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__REPORTS = eINSTANCE.getLink_Reports();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ServiceImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__OWNER = eINSTANCE.getService_Owner();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PROVIDER = eINSTANCE.getService_Provider();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__USERS = eINSTANCE.getService_Users();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__OUTCOMES = eINSTANCE.getService_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__STEPS = eINSTANCE.getService_Steps();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ProcessStepImpl <em>Process Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ProcessStepImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProcessStep()
		 * @generated
		 */
		EClass PROCESS_STEP = eINSTANCE.getProcessStep();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__PERIOD = eINSTANCE.getProcessStep_Period();

		/**
		 * The meta object literal for the '<em><b>Demand Per Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__DEMAND_PER_PERIOD = eINSTANCE.getProcessStep_DemandPerPeriod();

		/**
		 * The meta object literal for the '<em><b>Capacity Per Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__CAPACITY_PER_PERIOD = eINSTANCE.getProcessStep_CapacityPerPeriod();

		/**
		 * The meta object literal for the '<em><b>Failure Demand Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__FAILURE_DEMAND_SHARE = eINSTANCE.getProcessStep_FailureDemandShare();

		/**
		 * The meta object literal for the '<em><b>Performed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_STEP__PERFORMED_BY = eINSTANCE.getProcessStep_PerformedBy();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.UserJourneyImpl <em>User Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.UserJourneyImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getUserJourney()
		 * @generated
		 */
		EClass USER_JOURNEY = eINSTANCE.getUserJourney();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_JOURNEY__USERS = eINSTANCE.getUserJourney_Users();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_JOURNEY__STEPS = eINSTANCE.getUserJourney_Steps();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_JOURNEY__OWNER = eINSTANCE.getUserJourney_Owner();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.InitiativeImpl <em>Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.InitiativeImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getInitiative()
		 * @generated
		 */
		EClass INITIATIVE = eINSTANCE.getInitiative();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__OWNER = eINSTANCE.getInitiative_Owner();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__BUDGET = eINSTANCE.getInitiative_Budget();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__START_DATE = eINSTANCE.getInitiative_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__END_DATE = eINSTANCE.getInitiative_EndDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__STATUS = eINSTANCE.getInitiative_Status();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__RATING = eINSTANCE.getInitiative_Rating();

		/**
		 * The meta object literal for the '<em><b>Funded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__FUNDED = eINSTANCE.getInitiative_Funded();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__MILESTONES = eINSTANCE.getInitiative_Milestones();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__OUTCOMES = eINSTANCE.getInitiative_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__BENEFITS = eINSTANCE.getInitiative_Benefits();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ProgrammeImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__PROJECTS = eINSTANCE.getProgramme_Projects();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ProjectImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.MilestoneImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DATE = eINSTANCE.getMilestone_Date();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__ACHIEVED = eINSTANCE.getMilestone_Achieved();

		/**
		 * The meta object literal for the '<em><b>Achieved Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__ACHIEVED_DATE = eINSTANCE.getMilestone_AchievedDate();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.DependencyImpl <em>Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.DependencyImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDependency()
		 * @generated
		 */
		EClass DEPENDENCY = eINSTANCE.getDependency();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__FROM = eINSTANCE.getDependency_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__TO = eINSTANCE.getDependency_To();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__KIND = eINSTANCE.getDependency_Kind();

		/**
		 * The meta object literal for the '<em><b>Criticality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__CRITICALITY = eINSTANCE.getDependency_Criticality();

		/**
		 * The meta object literal for the '<em><b>Needed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__NEEDED_BY = eINSTANCE.getDependency_NeededBy();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.StocktakeImpl <em>Stocktake</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.StocktakeImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getStocktake()
		 * @generated
		 */
		EClass STOCKTAKE = eINSTANCE.getStocktake();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCKTAKE__DATE = eINSTANCE.getStocktake_Date();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCKTAKE__CHAIR = eINSTANCE.getStocktake_Chair();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCKTAKE__ATTENDEES = eINSTANCE.getStocktake_Attendees();

		/**
		 * The meta object literal for the '<em><b>Priorities Reviewed</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCKTAKE__PRIORITIES_REVIEWED = eINSTANCE.getStocktake_PrioritiesReviewed();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCKTAKE__ASSESSMENTS = eINSTANCE.getStocktake_Assessments();

		/**
		 * The meta object literal for the '<em><b>Actions Agreed</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCKTAKE__ACTIONS_AGREED = eINSTANCE.getStocktake_ActionsAgreed();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.AssessmentImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SUBJECT = eINSTANCE.getAssessment_Subject();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RATING = eINSTANCE.getAssessment_Rating();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CRITERIA = eINSTANCE.getAssessment_Criteria();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RATIONALE = eINSTANCE.getAssessment_Rationale();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ASSESSOR = eINSTANCE.getAssessment_Assessor();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.CriterionRatingImpl <em>Criterion Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.CriterionRatingImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getCriterionRating()
		 * @generated
		 */
		EClass CRITERION_RATING = eINSTANCE.getCriterionRating();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_RATING__CRITERION = eINSTANCE.getCriterionRating_Criterion();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_RATING__RATING = eINSTANCE.getCriterionRating_Rating();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_RATING__COMMENT = eINSTANCE.getCriterionRating_Comment();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ActionImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Closed Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__CLOSED_DATE = eINSTANCE.getAction_ClosedDate();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ADDRESSES = eINSTANCE.getAction_Addresses();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.SupportOfferImpl <em>Support Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.SupportOfferImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportOffer()
		 * @generated
		 */
		EClass SUPPORT_OFFER = eINSTANCE.getSupportOffer();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPORT_OFFER__PRIORITY = eINSTANCE.getSupportOffer_Priority();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_OFFER__KIND = eINSTANCE.getSupportOffer_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPORT_OFFER__OWNER = eINSTANCE.getSupportOffer_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_OFFER__STATUS = eINSTANCE.getSupportOffer_Status();

		/**
		 * The meta object literal for the '<em><b>Offered Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_OFFER__OFFERED_DATE = eINSTANCE.getSupportOffer_OfferedDate();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPORT_OFFER__ADDRESSES = eINSTANCE.getSupportOffer_Addresses();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.RiskImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__STATUS = eINSTANCE.getRisk_Status();

		/**
		 * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__AFFECTS = eINSTANCE.getRisk_Affects();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.IssueImpl <em>Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.IssueImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getIssue()
		 * @generated
		 */
		EClass ISSUE = eINSTANCE.getIssue();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__IMPACT = eINSTANCE.getIssue_Impact();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__OWNER = eINSTANCE.getIssue_Owner();

		/**
		 * The meta object literal for the '<em><b>Raised Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__RAISED_DATE = eINSTANCE.getIssue_RaisedDate();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__RESOLUTION = eINSTANCE.getIssue_Resolution();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__STATUS = eINSTANCE.getIssue_Status();

		/**
		 * The meta object literal for the '<em><b>Affects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__AFFECTS = eINSTANCE.getIssue_Affects();

		/**
		 * The meta object literal for the '<em><b>Risk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__RISK = eINSTANCE.getIssue_Risk();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.ValidationSettingsImpl <em>Validation Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.ValidationSettingsImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getValidationSettings()
		 * @generated
		 */
		EClass VALIDATION_SETTINGS = eINSTANCE.getValidationSettings();

		/**
		 * The meta object literal for the '<em><b>Suppressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATION_SETTINGS__SUPPRESSIONS = eINSTANCE.getValidationSettings_Suppressions();

		/**
		 * The meta object literal for the '<em><b>Severity Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATION_SETTINGS__SEVERITY_OVERRIDES = eINSTANCE.getValidationSettings_SeverityOverrides();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.SuppressionImpl <em>Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.SuppressionImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSuppression()
		 * @generated
		 */
		EClass SUPPRESSION = eINSTANCE.getSuppression();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__RULE_ID = eINSTANCE.getSuppression_RuleId();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPRESSION__ELEMENT = eINSTANCE.getSuppression_Element();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__REASON = eINSTANCE.getSuppression_Reason();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__AUTHOR = eINSTANCE.getSuppression_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__DATE = eINSTANCE.getSuppression_Date();

		/**
		 * The meta object literal for the '{@link org.throughline.model.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.impl.SeverityOverrideImpl
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSeverityOverride()
		 * @generated
		 */
		EClass SEVERITY_OVERRIDE = eINSTANCE.getSeverityOverride();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__RULE_ID = eINSTANCE.getSeverityOverride_RuleId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__SEVERITY = eINSTANCE.getSeverityOverride_Severity();

		/**
		 * The meta object literal for the '{@link org.throughline.model.EvidenceStrength <em>Evidence Strength</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.EvidenceStrength
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getEvidenceStrength()
		 * @generated
		 */
		EEnum EVIDENCE_STRENGTH = eINSTANCE.getEvidenceStrength();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Polarity
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Frequency
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link org.throughline.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.OrganisationKind
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.throughline.model.RoleKind <em>Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.RoleKind
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getRoleKind()
		 * @generated
		 */
		EEnum ROLE_KIND = eINSTANCE.getRoleKind();

		/**
		 * The meta object literal for the '{@link org.throughline.model.LinkKind <em>Link Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.LinkKind
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLinkKind()
		 * @generated
		 */
		EEnum LINK_KIND = eINSTANCE.getLinkKind();

		/**
		 * The meta object literal for the '{@link org.throughline.model.LinkStrength <em>Link Strength</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.LinkStrength
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLinkStrength()
		 * @generated
		 */
		EEnum LINK_STRENGTH = eINSTANCE.getLinkStrength();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Period <em>Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Period
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getPeriod()
		 * @generated
		 */
		EEnum PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '{@link org.throughline.model.DeliveryStatus <em>Delivery Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.DeliveryStatus
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDeliveryStatus()
		 * @generated
		 */
		EEnum DELIVERY_STATUS = eINSTANCE.getDeliveryStatus();

		/**
		 * The meta object literal for the '{@link org.throughline.model.EffectivenessRating <em>Effectiveness Rating</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.EffectivenessRating
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getEffectivenessRating()
		 * @generated
		 */
		EEnum EFFECTIVENESS_RATING = eINSTANCE.getEffectivenessRating();

		/**
		 * The meta object literal for the '{@link org.throughline.model.DependencyKind <em>Dependency Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.DependencyKind
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getDependencyKind()
		 * @generated
		 */
		EEnum DEPENDENCY_KIND = eINSTANCE.getDependencyKind();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Criticality <em>Criticality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Criticality
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getCriticality()
		 * @generated
		 */
		EEnum CRITICALITY = eINSTANCE.getCriticality();

		/**
		 * The meta object literal for the '{@link org.throughline.model.LikelihoodRating <em>Likelihood Rating</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.LikelihoodRating
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLikelihoodRating()
		 * @generated
		 */
		EEnum LIKELIHOOD_RATING = eINSTANCE.getLikelihoodRating();

		/**
		 * The meta object literal for the '{@link org.throughline.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.ActionStatus
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Level
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link org.throughline.model.LogStatus <em>Log Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.LogStatus
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLogStatus()
		 * @generated
		 */
		EEnum LOG_STATUS = eINSTANCE.getLogStatus();

		/**
		 * The meta object literal for the '{@link org.throughline.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.Severity
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.throughline.model.SupportKind <em>Support Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.SupportKind
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportKind()
		 * @generated
		 */
		EEnum SUPPORT_KIND = eINSTANCE.getSupportKind();

		/**
		 * The meta object literal for the '{@link org.throughline.model.SupportStatus <em>Support Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.throughline.model.SupportStatus
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getSupportStatus()
		 * @generated
		 */
		EEnum SUPPORT_STATUS = eINSTANCE.getSupportStatus();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.throughline.model.impl.ThroughlinePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ThroughlinePackage
