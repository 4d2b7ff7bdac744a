// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.throughline.model.ThroughlinePackage;

/**
 * A version of the Throughline metamodel, as carried in the namespace URI
 * {@code http://throughline.org/model/MAJOR.MINOR}.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record MetamodelVersion(int major, int minor) implements Comparable<MetamodelVersion> {

    /** The namespace URI of every version, up to the version number. */
    public static final String NAMESPACE_PREFIX = "http://throughline.org/model/"; //$NON-NLS-1$

    private static final Pattern IN_TEXT = Pattern.compile(Pattern.quote(NAMESPACE_PREFIX) + "(\\d{1,4})\\.(\\d{1,4})"); //$NON-NLS-1$

    /** How much of a file's beginning is read to find its namespace. */
    private static final int HEADER_BYTES = 16 * 1024;

    /**
     * @return the version this build of Throughline reads and writes, read from the package at
     *         run time (the constant {@code eNS_URI} would be copied into this class when it is
     *         compiled, and an incremental build that did not recompile it would then migrate to,
     *         and refuse, the wrong version)
     */
    public static MetamodelVersion current() {
        return parse(ThroughlinePackage.eINSTANCE.getNsURI());
    }

    /**
     * @param namespaceUri a namespace URI such as {@code http://throughline.org/model/1.0}
     * @return its version, or {@code null} when it is not a Throughline namespace
     */
    public static MetamodelVersion parse(String namespaceUri) {
        Matcher matcher = IN_TEXT.matcher(namespaceUri);
        return matcher.matches() ? new MetamodelVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
                : null;
    }

    /**
     * Finds the metamodel version a file was written with, from the namespace declared at its
     * start, without parsing it.
     *
     * @param file a model file
     * @return the version, or {@code null} when the file declares no Throughline namespace
     * @throws IOException when the file cannot be read
     */
    public static MetamodelVersion of(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        }
        Matcher matcher = IN_TEXT.matcher(new String(header, StandardCharsets.UTF_8));
        return matcher.find() ? new MetamodelVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
                : null;
    }

    /** @return the namespace URI of this version */
    public String namespaceUri() {
        return NAMESPACE_PREFIX + this;
    }

    @Override
    public int compareTo(MetamodelVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor; //$NON-NLS-1$
    }
}
