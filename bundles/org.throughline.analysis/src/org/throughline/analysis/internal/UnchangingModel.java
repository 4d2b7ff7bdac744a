// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.throughline.analysis.api.AnalysisInput;
import org.throughline.model.Model;

/**
 * A model that stays as it is while a caller (a report) runs many analyses on it: meanwhile the
 * runs given {@link AnalysisInput#KNOWN} share one walk of it, each kind of element listed once
 * ({@link Elements#kinds(AnalysisInput)}), on whichever thread they run. A report of a
 * 100,000-element model ran a dozen analyses that walked the whole model thirty times between
 * them, a third of the analyses' time (issue 19).
 */
public final class UnchangingModel {

    /** The models being read now, each with its elements by kind and how many callers read it. */
    private static final Map<Model, Reading> READING = new IdentityHashMap<>();

    private UnchangingModel() {
    }

    /** One model being read: what its analyses share, and by how many callers at once. */
    private static final class Reading {
        private final Elements.Kinds kinds;
        private int callers;

        Reading(Model model) {
            this.kinds = new Elements.Kinds(model);
        }
    }

    /** Work on the model, which may fail. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /**
         * @return the work's result
         * @throws E when the work fails
         */
        T run() throws E;
    }

    /**
     * Runs work during which the caller promises the model does not change.
     *
     * @param model the model
     * @param work  the work
     * @param <T>   the work's result
     * @param <E>   how the work may fail
     * @return the work's result
     * @throws E when the work fails
     */
    public static <T, E extends Exception> T during(Model model, Work<T, E> work) throws E {
        synchronized (READING) {
            READING.computeIfAbsent(model, Reading::new).callers++;
        }
        try {
            return work.run();
        } finally {
            synchronized (READING) {
                Reading reading = READING.get(model);
                if (--reading.callers == 0) {
                    READING.remove(model);
                }
            }
        }
    }

    /**
     * @param model a model
     * @return its elements by kind while a caller reads it unchanged, else {@code null}
     */
    static Elements.Kinds kinds(Model model) {
        synchronized (READING) {
            Reading reading = READING.get(model);
            return reading == null ? null : reading.kinds;
        }
    }
}
