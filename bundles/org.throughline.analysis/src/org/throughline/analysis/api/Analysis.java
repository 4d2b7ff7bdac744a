// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

/**
 * An analysis of a delivery-chain model: it answers one question a delivery unit asks ("where
 * is the chain weak?", "what if this provider fails?") with a table that the command line, the
 * reports and the workbench all show. Contributed through {@code org.throughline.analyses};
 * an analysis only reads the model.
 */
@FunctionalInterface
public interface Analysis {

    /**
     * @param input the model, and the element the user asked about for analyses that need one
     * @return the answer
     * @throws AnalysisException when the input does not allow an answer (for example no element
     *                           given to an impact analysis); one sentence for the user
     */
    AnalysisResult run(AnalysisInput input) throws AnalysisException;
}
