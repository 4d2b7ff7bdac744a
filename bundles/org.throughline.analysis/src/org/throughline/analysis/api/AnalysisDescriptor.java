// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

/**
 * An analysis as its contribution describes it, readable without loading its code.
 *
 * @param id           a stable id such as {@code weak-links}
 * @param name         a short name, such as "Weak links"
 * @param question     the question it answers, one sentence
 * @param needsSubject whether it needs an element to be given (such as impact)
 */
public record AnalysisDescriptor(String id, String name, String question, boolean needsSubject) {
}
