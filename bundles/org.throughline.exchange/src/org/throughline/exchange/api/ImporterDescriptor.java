// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.util.List;

/**
 * An importer as its contribution describes it, readable without loading its code: what a
 * command line lists and an import wizard offers.
 *
 * @param id          a stable id such as {@code observations}, typed by users ({@code --importer ID})
 * @param name        a short name, such as "Observations"
 * @param description what the importer reads and what it changes in the model, one or two sentences
 * @param extensions  the file name extensions it reads, lower case without the dot, such as
 *                    {@code csv} and {@code xlsx}; never empty
 * @since 0.1
 */
public record ImporterDescriptor(String id, String name, String description, List<String> extensions) {

    /**
     * @param id          a stable id
     * @param name        a short name
     * @param description what it reads and changes
     * @param extensions  the file name extensions it reads
     */
    public ImporterDescriptor {
        extensions = List.copyOf(extensions);
    }
}
