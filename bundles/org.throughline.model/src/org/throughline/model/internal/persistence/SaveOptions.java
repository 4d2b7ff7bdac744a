// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * How {@code .throughline} files are written: UTF-8, one element per line, Unix line ends,
 * always the same bytes for the same model, so that files diff and merge well in version control.
 */
final class SaveOptions {

    private SaveOptions() {
    }

    static Map<Object, Object> defaults() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
        // A reference to an element outside the file is kept as a recorded problem rather than
        // making the whole save fail and the user lose their work.
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
        return options;
    }
}
