// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.ViewpointPackage;
import org.throughline.viewpoint.internal.Messages;
import org.throughline.viewpoint.internal.ViewpointChecker;

/**
 * Reads {@code .viewpoint} files (XMI of the viewpoint metamodel) and checks them: a viewpoint
 * that loads is complete and every expression in it parses. Loading refuses DOCTYPEs and
 * external entities.
 */
public final class ViewpointFiles {

    /** The file extension of viewpoint files, without the dot. */
    public static final String FILE_EXTENSION = "viewpoint"; //$NON-NLS-1$

    private ViewpointFiles() {
    }

    /**
     * @param file a viewpoint file
     * @return its checked viewpoint
     * @throws ViewpointLoadException when it cannot be read or is at fault; the message names the
     *                                file, the mapping and the expression
     */
    public static Viewpoint load(Path file) throws ViewpointLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new ViewpointLoadException(NLS.bind(Messages.load_unreadable, file, e.getMessage()), e);
        }
    }

    /**
     * @param in   the content of a viewpoint file
     * @param name the file's name as the user knows it, for messages
     * @return its checked viewpoint
     * @throws ViewpointLoadException when it cannot be read or is at fault
     */
    public static Viewpoint load(InputStream in, String name) throws ViewpointLoadException {
        ViewpointPackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createURI("viewpoint:/" + URI.encodeSegment(name, false))); //$NON-NLS-1$
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
        try {
            resource.load(in, options);
        } catch (IOException | RuntimeException e) {
            throw new ViewpointLoadException(NLS.bind(Messages.load_unreadable, name, describe(resource, e)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ViewpointLoadException(NLS.bind(Messages.load_unreadable, name, diagnostic(resource.getErrors().get(0))), null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Viewpoint viewpoint)) {
            throw new ViewpointLoadException(NLS.bind(Messages.load_notViewpoint, name), null);
        }
        ViewpointChecker.check(viewpoint, name);
        return viewpoint;
    }

    private static String describe(Resource resource, Exception e) {
        if (!resource.getErrors().isEmpty()) {
            return diagnostic(resource.getErrors().get(0));
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    private static String diagnostic(Resource.Diagnostic d) {
        String message = String.valueOf(d.getMessage()).replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return d.getLine() > 0 ? "line " + d.getLine() + ", column " + d.getColumn() + ": " + message : message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
