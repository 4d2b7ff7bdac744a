// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.throughline.report.internal.TargetMessages;

/**
 * Where a report may be written without destroying anything that is not an earlier report: the
 * command line and the workbench's export both ask before writing.
 *
 * @since 0.1
 */
public final class ReportTargets {

    /** The file every HTML report folder holds, by which an earlier report is recognised. */
    public static final String HTML_ENTRY = "index.html"; //$NON-NLS-1$

    private ReportTargets() {
    }

    /**
     * Checks a target before a report is written to it.
     *
     * @param target the folder of an HTML report, or the PDF or XLSX file
     * @param folder whether the report is a folder (HTML) rather than one file
     * @return one sentence saying why writing there would destroy something, or {@code null}
     *         when it is safe: a new path, an empty folder, an earlier report, or a file to replace
     */
    public static String problem(Path target, boolean folder) {
        if (folder) {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                return NLS.bind(TargetMessages.target_isFile, target);
            }
            if (Files.isDirectory(target) && !Files.exists(target.resolve(HTML_ENTRY)) && !empty(target)) {
                return NLS.bind(TargetMessages.target_notEmpty, target);
            }
        } else if (Files.isDirectory(target)) {
            return NLS.bind(TargetMessages.target_isFolder, target);
        }
        return null;
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
