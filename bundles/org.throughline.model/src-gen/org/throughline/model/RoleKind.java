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
 * A representation of the literals of the enumeration '<em><b>Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of accountable role.
 * <!-- end-model-doc -->
 * @see org.throughline.model.ThroughlinePackage#getRoleKind()
 * @model
 * @generated
 */
public enum RoleKind implements Enumerator {
	/**
	 * The '<em><b>NOT SET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set: the modeller has not said what kind of role this is, so it answers for no accountability (an SRO, a service owner) until they do.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_SET(0, "NOT_SET", "NOT_SET"),

	/**
	 * The '<em><b>SRO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Senior responsible owner.
	 * <!-- end-model-doc -->
	 * @see #SRO_VALUE
	 * @generated
	 * @ordered
	 */
	SRO(1, "SRO", "SRO"),

	/**
	 * The '<em><b>SERVICE OWNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_OWNER(2, "SERVICE_OWNER", "SERVICE_OWNER"),

	/**
	 * The '<em><b>DELIVERY LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY_LEAD(3, "DELIVERY_LEAD", "DELIVERY_LEAD"),

	/**
	 * The '<em><b>MINISTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTER_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTER(4, "MINISTER", "MINISTER"),

	/**
	 * The '<em><b>ACCOUNTING OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTING_OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNTING_OFFICER(5, "ACCOUNTING_OFFICER", "ACCOUNTING_OFFICER"),

	/**
	 * The '<em><b>PROGRAMME DIRECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_DIRECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME_DIRECTOR(6, "PROGRAMME_DIRECTOR", "PROGRAMME_DIRECTOR"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

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
	 * Not set: the modeller has not said what kind of role this is, so it answers for no accountability (an SRO, a service owner) until they do.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_SET_VALUE = 0;

	/**
	 * The '<em><b>SRO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Senior responsible owner.
	 * <!-- end-model-doc -->
	 * @see #SRO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SRO_VALUE = 1;

	/**
	 * The '<em><b>SERVICE OWNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_OWNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_OWNER_VALUE = 2;

	/**
	 * The '<em><b>DELIVERY LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_LEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_LEAD_VALUE = 3;

	/**
	 * The '<em><b>MINISTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTER_VALUE = 4;

	/**
	 * The '<em><b>ACCOUNTING OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTING_OFFICER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNTING_OFFICER_VALUE = 5;

	/**
	 * The '<em><b>PROGRAMME DIRECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_DIRECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_DIRECTOR_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleKind[] VALUES_ARRAY =
		new RoleKind[] {
			NOT_SET,
			SRO,
			SERVICE_OWNER,
			DELIVERY_LEAD,
			MINISTER,
			ACCOUNTING_OFFICER,
			PROGRAMME_DIRECTOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(int value) {
		switch (value) {
			case NOT_SET_VALUE: return NOT_SET;
			case SRO_VALUE: return SRO;
			case SERVICE_OWNER_VALUE: return SERVICE_OWNER;
			case DELIVERY_LEAD_VALUE: return DELIVERY_LEAD;
			case MINISTER_VALUE: return MINISTER;
			case ACCOUNTING_OFFICER_VALUE: return ACCOUNTING_OFFICER;
			case PROGRAMME_DIRECTOR_VALUE: return PROGRAMME_DIRECTOR;
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
	private RoleKind(int value, String name, String literal) {
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
	
} //RoleKind
