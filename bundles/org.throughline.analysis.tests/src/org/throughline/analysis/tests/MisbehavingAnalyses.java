// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;

/** Contributions that misbehave on purpose (see plugin.xml). */
public final class MisbehavingAnalyses {

    private MisbehavingAnalyses() {
    }

    /** Throws whatever it is given. */
    public static final class Throws implements Analysis {
        @Override
        public AnalysisResult run(AnalysisInput input) {
            throw new IllegalStateException("deliberate failure in a test analysis");
        }
    }

    /** Never answers for a model named "hang" (until interrupted); answers nothing useful otherwise. */
    public static final class Hangs implements Analysis {
        /** The model name that makes this analysis hang. */
        public static final String HANG = "hang";

        @Override
        public AnalysisResult run(AnalysisInput input) {
            if (!HANG.equals(input.model().getName())) {
                throw new IllegalStateException("deliberate failure in a test analysis");
            }
            Object never = new Object();
            synchronized (never) {
                while (true) {
                    try {
                        never.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("abandoned", e);
                    }
                }
            }
        }
    }
}
