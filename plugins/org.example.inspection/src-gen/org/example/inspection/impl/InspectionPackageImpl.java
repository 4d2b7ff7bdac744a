/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.example.inspection.Inspection;
import org.example.inspection.InspectionFactory;
import org.example.inspection.InspectionPackage;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;

import org.throughline.model.ThroughlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InspectionPackageImpl extends EPackageImpl implements InspectionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionRegimeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ratingEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.example.inspection.InspectionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InspectionPackageImpl() {
		super(eNS_URI, InspectionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InspectionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InspectionPackage init() {
		if (isInited) return (InspectionPackage)EPackage.Registry.INSTANCE.getEPackage(InspectionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInspectionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InspectionPackageImpl theInspectionPackage = registeredInspectionPackage instanceof InspectionPackageImpl ? (InspectionPackageImpl)registeredInspectionPackage : new InspectionPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ThroughlinePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theInspectionPackage.createPackageContents();

		// Initialize created meta-data
		theInspectionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInspectionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InspectionPackage.eNS_URI, theInspectionPackage);
		return theInspectionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionRegime() {
		return inspectionRegimeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRegime_Regulator() {
		return (EReference)inspectionRegimeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRegime_Inspections() {
		return (EReference)inspectionRegimeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspection() {
		return inspectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Inspected() {
		return (EReference)inspectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Rating() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Date() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_ReportReference() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRating() {
		return ratingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionFactory getInspectionFactory() {
		return (InspectionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		inspectionRegimeEClass = createEClass(INSPECTION_REGIME);
		createEReference(inspectionRegimeEClass, INSPECTION_REGIME__REGULATOR);
		createEReference(inspectionRegimeEClass, INSPECTION_REGIME__INSPECTIONS);

		inspectionEClass = createEClass(INSPECTION);
		createEReference(inspectionEClass, INSPECTION__INSPECTED);
		createEAttribute(inspectionEClass, INSPECTION__RATING);
		createEAttribute(inspectionEClass, INSPECTION__DATE);
		createEAttribute(inspectionEClass, INSPECTION__REPORT_REFERENCE);

		// Create enums
		ratingEEnum = createEEnum(RATING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ThroughlinePackage theThroughlinePackage = (ThroughlinePackage)EPackage.Registry.INSTANCE.getEPackage(ThroughlinePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		inspectionRegimeEClass.getESuperTypes().add(theThroughlinePackage.getConcept());
		inspectionEClass.getESuperTypes().add(theThroughlinePackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(inspectionRegimeEClass, InspectionRegime.class, "InspectionRegime", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInspectionRegime_Regulator(), theThroughlinePackage.getOrganisation(), null, "regulator", null, 0, 1, InspectionRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRegime_Inspections(), this.getInspection(), null, "inspections", null, 0, -1, InspectionRegime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionEClass, Inspection.class, "Inspection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInspection_Inspected(), theThroughlinePackage.getConcept(), null, "inspected", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Rating(), this.getRating(), "rating", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Date(), theThroughlinePackage.getLocalDate(), "date", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_ReportReference(), ecorePackage.getEString(), "reportReference", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(ratingEEnum, Rating.class, "Rating");
		addEEnumLiteral(ratingEEnum, Rating.OUTSTANDING);
		addEEnumLiteral(ratingEEnum, Rating.GOOD);
		addEEnumLiteral(ratingEEnum, Rating.REQUIRES_IMPROVEMENT);
		addEEnumLiteral(ratingEEnum, Rating.INADEQUATE);

		// Create resource
		createResource(eNS_URI);
	}

} //InspectionPackageImpl
