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
}
