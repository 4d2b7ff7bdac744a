// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import org.throughline.analysis.api.Analysis;

/** Our own analyses for the API classes that build on their judgements (they ask, never recompute). */
public final class Judgements {

    private Judgements() {
    }

    /** @return the trajectory analysis: each indicator's standing against its trajectory */
    public static Analysis trajectories() {
        return MeasureAnalyses.TRAJECTORIES;
    }
}
