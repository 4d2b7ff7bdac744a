/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.inspection;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rating</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The four-point rating scale of the inspection regime, best first.
 * <!-- end-model-doc -->
 * @see org.example.inspection.InspectionPackage#getRating()
 * @model
 * @generated
 */
public enum Rating implements Enumerator {
	/**
	 * The '<em><b>OUTSTANDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING_VALUE
	 * @generated
	 * @ordered
	 */
	OUTSTANDING(0, "OUTSTANDING", "OUTSTANDING"),

	/**
	 * The '<em><b>GOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD_VALUE
	 * @generated
	 * @ordered
	 */
	GOOD(1, "GOOD", "GOOD"),

	/**
	 * The '<em><b>REQUIRES IMPROVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_IMPROVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRES_IMPROVEMENT(2, "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT"),

	/**
	 * The '<em><b>INADEQUATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE_VALUE
	 * @generated
	 * @ordered
	 */
	INADEQUATE(3, "INADEQUATE", "INADEQUATE");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>OUTSTANDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTSTANDING_VALUE = 0;

	/**
	 * The '<em><b>GOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOOD_VALUE = 1;

	/**
	 * The '<em><b>REQUIRES IMPROVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_IMPROVEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRES_IMPROVEMENT_VALUE = 2;

	/**
	 * The '<em><b>INADEQUATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INADEQUATE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Rating[] VALUES_ARRAY =
		new Rating[] {
			OUTSTANDING,
			GOOD,
			REQUIRES_IMPROVEMENT,
			INADEQUATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Rating> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rating</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rating get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rating result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rating</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rating getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rating result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rating</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rating get(int value) {
		switch (value) {
			case OUTSTANDING_VALUE: return OUTSTANDING;
			case GOOD_VALUE: return GOOD;
			case REQUIRES_IMPROVEMENT_VALUE: return REQUIRES_IMPROVEMENT;
			case INADEQUATE_VALUE: return INADEQUATE;
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
	private Rating(int value, String name, String literal) {
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
	
} //Rating
