// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

/**
 * An exporter as its contribution describes it, readable without loading its code: what a command
 * line lists and an export wizard offers.
 *
 * @param id          a stable id such as {@code workbook}, typed by users ({@code --exporter ID})
 * @param name        a short name, such as "XLSX workbook"
 * @param description what the file holds and who it is for, one or two sentences
 * @param extension   the file name extension of the file it writes, lower case without the dot,
 *                    such as {@code xlsx}
 * @since 0.1
 */
public record ExporterDescriptor(String id, String name, String description, String extension) {
}
