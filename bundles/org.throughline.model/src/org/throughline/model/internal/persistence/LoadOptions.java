// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * How {@code .throughline} files are parsed: fast (EMF's defaults are quadratic on large files)
 * and safe (no DOCTYPE, no external entities, no schema fetching, bounded nesting).
 */
final class LoadOptions {

    /** The longest attribute value or text accepted, in characters (about 4 MB of text). */
    static final int MAX_TEXT_LENGTH = 4 * 1024 * 1024;

    /** The deepest element nesting accepted; real models nest folders a few levels deep. */
    static final int MAX_ELEMENT_DEPTH = 200;

    /** Parsers and their handlers are reused across loads, which matters for many small files. */
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private LoadOptions() {
    }

    static Map<Object, Object> defaults() {
        Map<Object, Object> options = new HashMap<>();
        // Speed: resolve id references once, at the end, through the id map; attach the tree once.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // Safety: the parser never reads anything but the file itself.
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures());
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, parserProperties());
        return options;
    }

    static Map<String, Boolean> parserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    static Map<String, Object> parserProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        properties.put("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH)); //$NON-NLS-1$
        return properties;
    }

    /**
     * Set, to the file being read, in the options of a load of the current metamodel's file: it
     * is read by {@link ModelReader}, and again by EMF's handler when that one gives up.
     */
    static final String READ_FAST_FROM = "throughline.readFastFrom"; //$NON-NLS-1$

    /**
     * @param file the file being loaded
     * @return the options of a load of a file of the current metamodel
     */
    static Map<Object, Object> fast(java.nio.file.Path file) {
        Map<Object, Object> options = defaults();
        options.put(READ_FAST_FROM, file);
        return options;
    }

    /** @return the options that also record attributes a migration must read (old files) */
    static Map<Object, Object> forMigration() {
        Map<Object, Object> options = defaults();
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        return options;
    }
}
