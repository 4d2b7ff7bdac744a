// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;

/**
 * A contributed importer or exporter failed: it threw, did not answer within the time limit, or
 * could not be created. The message is one sentence that names the contribution and the plugin
 * it comes from and says that the model and the files are unchanged; the details are logged.
 * This is the plugin's fault, not the user's data: other importers and exporters keep working.
 *
 * @since 0.1
 */
public class ContributionException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the contribution and its plugin
     * @param cause   the failure, or {@code null} when it did not answer in time
     */
    public ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
