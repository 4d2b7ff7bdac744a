/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of organisation found in a delivery system.
 * <!-- end-model-doc -->
 * @see org.throughline.model.ThroughlinePackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator {
	/**
	 * The '<em><b>NOT SET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set: the modeller has not said what kind of organisation this is, so analyses that need the kind (which actors are the centre, which are providers) cannot judge it.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_SET(0, "NOT_SET", "NOT_SET"),

	/**
	 * The '<em><b>CENTRAL DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_DEPARTMENT(1, "CENTRAL_DEPARTMENT", "CENTRAL_DEPARTMENT"),

	/**
	 * The '<em><b>ARMS LENGTH BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMS_LENGTH_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	ARMS_LENGTH_BODY(2, "ARMS_LENGTH_BODY", "ARMS_LENGTH_BODY"),

	/**
	 * The '<em><b>AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	AGENCY(3, "AGENCY", "AGENCY"),

	/**
	 * The '<em><b>REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR(4, "REGULATOR", "REGULATOR"),

	/**
	 * The '<em><b>LOCAL AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_AUTHORITY(5, "LOCAL_AUTHORITY", "LOCAL_AUTHORITY"),

	/**
	 * The '<em><b>PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER(6, "PROVIDER", "PROVIDER"),

	/**
	 * The '<em><b>FRONTLINE UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONTLINE_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	FRONTLINE_UNIT(7, "FRONTLINE_UNIT", "FRONTLINE_UNIT"),

	/**
	 * The '<em><b>VOLUNTARY SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTARY_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTARY_SECTOR(8, "VOLUNTARY_SECTOR", "VOLUNTARY_SECTOR"),

	/**
	 * The '<em><b>SUPPLIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLIER_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLIER(9, "SUPPLIER", "SUPPLIER"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>NOT SET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set: the modeller has not said what kind of organisation this is, so analyses that need the kind (which actors are the centre, which are providers) cannot judge it.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_SET_VALUE = 0;

	/**
	 * The '<em><b>CENTRAL DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_DEPARTMENT_VALUE = 1;

	/**
	 * The '<em><b>ARMS LENGTH BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMS_LENGTH_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARMS_LENGTH_BODY_VALUE = 2;

	/**
	 * The '<em><b>AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENCY_VALUE = 3;

	/**
	 * The '<em><b>REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_VALUE = 4;

	/**
	 * The '<em><b>LOCAL AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_AUTHORITY_VALUE = 5;

	/**
	 * The '<em><b>PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_VALUE = 6;

	/**
	 * The '<em><b>FRONTLINE UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONTLINE_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRONTLINE_UNIT_VALUE = 7;

	/**
	 * The '<em><b>VOLUNTARY SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTARY_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTARY_SECTOR_VALUE = 8;

	/**
	 * The '<em><b>SUPPLIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLIER_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[] {
			NOT_SET,
			CENTRAL_DEPARTMENT,
			ARMS_LENGTH_BODY,
			AGENCY,
			REGULATOR,
			LOCAL_AUTHORITY,
			PROVIDER,
			FRONTLINE_UNIT,
			VOLUNTARY_SECTOR,
			SUPPLIER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value) {
		switch (value) {
			case NOT_SET_VALUE: return NOT_SET;
			case CENTRAL_DEPARTMENT_VALUE: return CENTRAL_DEPARTMENT;
			case ARMS_LENGTH_BODY_VALUE: return ARMS_LENGTH_BODY;
			case AGENCY_VALUE: return AGENCY;
			case REGULATOR_VALUE: return REGULATOR;
			case LOCAL_AUTHORITY_VALUE: return LOCAL_AUTHORITY;
			case PROVIDER_VALUE: return PROVIDER;
			case FRONTLINE_UNIT_VALUE: return FRONTLINE_UNIT;
			case VOLUNTARY_SECTOR_VALUE: return VOLUNTARY_SECTOR;
			case SUPPLIER_VALUE: return SUPPLIER;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganisationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrganisationKind
