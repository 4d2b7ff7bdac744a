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
 * A representation of the literals of the enumeration '<em><b>Effectiveness Rating</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How effective a programme or project has been judged to be; budgets follow the rating.
 * <!-- end-model-doc -->
 * @see org.throughline.model.ThroughlinePackage#getEffectivenessRating()
 * @model
 * @generated
 */
public enum EffectivenessRating implements Enumerator {
	/**
	 * The '<em><b>EFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECTIVE(0, "EFFECTIVE", "EFFECTIVE"),

	/**
	 * The '<em><b>MODERATELY EFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATELY_EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	MODERATELY_EFFECTIVE(1, "MODERATELY_EFFECTIVE", "MODERATELY_EFFECTIVE"),

	/**
	 * The '<em><b>ADEQUATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADEQUATE_VALUE
	 * @generated
	 * @ordered
	 */
	ADEQUATE(2, "ADEQUATE", "ADEQUATE"),

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INEFFECTIVE(3, "INEFFECTIVE", "INEFFECTIVE"),

	/**
	 * The '<em><b>NOT DEMONSTRATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Results not demonstrated.
	 * <!-- end-model-doc -->
	 * @see #NOT_DEMONSTRATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_DEMONSTRATED(4, "NOT_DEMONSTRATED", "NOT_DEMONSTRATED"),

	/**
	 * The '<em><b>NOT RATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not yet rated.
	 * <!-- end-model-doc -->
	 * @see #NOT_RATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RATED(5, "NOT_RATED", "NOT_RATED");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>EFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EFFECTIVE_VALUE = 0;

	/**
	 * The '<em><b>MODERATELY EFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATELY_EFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODERATELY_EFFECTIVE_VALUE = 1;

	/**
	 * The '<em><b>ADEQUATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADEQUATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADEQUATE_VALUE = 2;

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INEFFECTIVE_VALUE = 3;

	/**
	 * The '<em><b>NOT DEMONSTRATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Results not demonstrated.
	 * <!-- end-model-doc -->
	 * @see #NOT_DEMONSTRATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_DEMONSTRATED_VALUE = 4;

	/**
	 * The '<em><b>NOT RATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not yet rated.
	 * <!-- end-model-doc -->
	 * @see #NOT_RATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RATED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Effectiveness Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EffectivenessRating[] VALUES_ARRAY =
		new EffectivenessRating[] {
			EFFECTIVE,
			MODERATELY_EFFECTIVE,
			ADEQUATE,
			INEFFECTIVE,
			NOT_DEMONSTRATED,
			NOT_RATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Effectiveness Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EffectivenessRating> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Effectiveness Rating</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectivenessRating get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EffectivenessRating result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Effectiveness Rating</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectivenessRating getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EffectivenessRating result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Effectiveness Rating</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EffectivenessRating get(int value) {
		switch (value) {
			case EFFECTIVE_VALUE: return EFFECTIVE;
			case MODERATELY_EFFECTIVE_VALUE: return MODERATELY_EFFECTIVE;
			case ADEQUATE_VALUE: return ADEQUATE;
			case INEFFECTIVE_VALUE: return INEFFECTIVE;
			case NOT_DEMONSTRATED_VALUE: return NOT_DEMONSTRATED;
			case NOT_RATED_VALUE: return NOT_RATED;
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
	private EffectivenessRating(int value, String name, String literal) {
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
	
} //EffectivenessRating
