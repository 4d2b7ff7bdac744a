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
 * A representation of the literals of the enumeration '<em><b>Support Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of help the centre offers.
 * <!-- end-model-doc -->
 * @see org.throughline.model.ThroughlinePackage#getSupportKind()
 * @model
 * @generated
 */
public enum SupportKind implements Enumerator {
	/**
	 * The '<em><b>NOT SET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set: nobody has said what kind of help this is.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_SET(0, "NOT_SET", "NOT_SET"),

	/**
	 * The '<em><b>PROBLEM SOLVING REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short, intensive review of a problem with the people who deliver, ending in agreed actions.
	 * <!-- end-model-doc -->
	 * @see #PROBLEM_SOLVING_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	PROBLEM_SOLVING_REVIEW(1, "PROBLEM_SOLVING_REVIEW", "PROBLEM_SOLVING_REVIEW"),

	/**
	 * The '<em><b>CAPACITY SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People or skills lent to the delivery team.
	 * <!-- end-model-doc -->
	 * @see #CAPACITY_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	CAPACITY_SUPPORT(2, "CAPACITY_SUPPORT", "CAPACITY_SUPPORT"),

	/**
	 * The '<em><b>LESSONS FROM ELSEWHERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What worked in another place, service or country, brought to bear.
	 * <!-- end-model-doc -->
	 * @see #LESSONS_FROM_ELSEWHERE_VALUE
	 * @generated
	 * @ordered
	 */
	LESSONS_FROM_ELSEWHERE(3, "LESSONS_FROM_ELSEWHERE", "LESSONS_FROM_ELSEWHERE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER");

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
	 * Not set: nobody has said what kind of help this is.
	 * <!-- end-model-doc -->
	 * @see #NOT_SET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_SET_VALUE = 0;

	/**
	 * The '<em><b>PROBLEM SOLVING REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short, intensive review of a problem with the people who deliver, ending in agreed actions.
	 * <!-- end-model-doc -->
	 * @see #PROBLEM_SOLVING_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBLEM_SOLVING_REVIEW_VALUE = 1;

	/**
	 * The '<em><b>CAPACITY SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People or skills lent to the delivery team.
	 * <!-- end-model-doc -->
	 * @see #CAPACITY_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAPACITY_SUPPORT_VALUE = 2;

	/**
	 * The '<em><b>LESSONS FROM ELSEWHERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What worked in another place, service or country, brought to bear.
	 * <!-- end-model-doc -->
	 * @see #LESSONS_FROM_ELSEWHERE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LESSONS_FROM_ELSEWHERE_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Support Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SupportKind[] VALUES_ARRAY =
		new SupportKind[] {
			NOT_SET,
			PROBLEM_SOLVING_REVIEW,
			CAPACITY_SUPPORT,
			LESSONS_FROM_ELSEWHERE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Support Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SupportKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Support Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupportKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Support Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupportKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Support Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportKind get(int value) {
		switch (value) {
			case NOT_SET_VALUE: return NOT_SET;
			case PROBLEM_SOLVING_REVIEW_VALUE: return PROBLEM_SOLVING_REVIEW;
			case CAPACITY_SUPPORT_VALUE: return CAPACITY_SUPPORT;
			case LESSONS_FROM_ELSEWHERE_VALUE: return LESSONS_FROM_ELSEWHERE;
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
	private SupportKind(int value, String name, String literal) {
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
	
} //SupportKind
