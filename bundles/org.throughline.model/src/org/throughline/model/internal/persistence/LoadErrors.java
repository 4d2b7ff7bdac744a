// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelLoadException;
import org.xml.sax.SAXParseException;

/**
 * Turns whatever EMF and the XML parser throw into a {@link ModelLoadException} that says, in
 * the user's terms, which file, where, what is wrong and what to do.
 */
final class LoadErrors {

    private static final int HEAD_LENGTH = 8192;

    private LoadErrors() {
    }

    static ModelLoadException translate(Path file, Throwable failure, Resource resource) {
        Throwable cause = firstDiagnostic(resource, failure);
        if (cause instanceof HardenedXmlLoad.TextTooLongException tooLong) {
            return new ModelLoadException(file, tooLong.line(), tooLong.column(),
                    Messages.bind(Messages.load_textTooLong, Integer.valueOf(LoadOptions.MAX_TEXT_LENGTH)),
                    Messages.load_adviceDamaged, cause);
        }
        if (cause instanceof ThroughlineResource.DuplicateIdException duplicate) {
            return new ModelLoadException(file, 0, 0, Messages.bind(Messages.load_duplicateId, duplicate.id()),
                    Messages.load_adviceDuplicateId, cause);
        }
        if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            return new ModelLoadException(file, 0, 0, Messages.load_missing, Messages.load_adviceMissing, cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new ModelLoadException(file, 0, 0, Messages.load_unreadable, Messages.load_adviceUnreadable, cause);
        }
        int line = 0;
        int column = 0;
        if (cause instanceof Diagnostic diagnostic) {
            line = diagnostic.getLine();
            column = diagnostic.getColumn();
        }
        Throwable inner = cause instanceof XMIException xmi && xmi.getCause() != null ? xmi.getCause() : cause;
        if (inner instanceof SAXParseException parse) {
            line = parse.getLineNumber();
            column = parse.getColumnNumber();
            String message = String.valueOf(parse.getMessage());
            if (message.contains("DOCTYPE")) { //$NON-NLS-1$
                return new ModelLoadException(file, line, column, Messages.load_doctype, Messages.load_adviceDoctype, cause);
            }
            if (message.contains("maxElementDepth") || message.contains("depth")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new ModelLoadException(file, line, column,
                        Messages.bind(Messages.load_tooDeep, Integer.valueOf(LoadOptions.MAX_ELEMENT_DEPTH)),
                        Messages.load_adviceDamaged, cause);
            }
            if (message.contains("Premature end of file") || message.contains("must start and end within the same entity")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new ModelLoadException(file, line, column, Messages.load_truncated, Messages.load_adviceDamaged, cause);
            }
            return new ModelLoadException(file, line, column, Messages.bind(Messages.load_notXml, message),
                    Messages.load_adviceDamaged, cause);
        }
        if (cause instanceof PackageNotFoundException notFound && isThroughlineModel(file, resource, notFound.uri())) {
            return new ModelLoadException(file, line, column, Messages.bind(Messages.load_pluginNamespace, notFound.uri()),
                    Messages.bind(Messages.load_advicePluginNamespace, notFound.uri()), cause);
        }
        if (cause instanceof PackageNotFoundException notFound) {
            return new ModelLoadException(file, line, column, Messages.bind(Messages.load_unknownNamespace, notFound.uri()),
                    Messages.load_adviceUnknownNamespace, cause);
        }
        if (cause instanceof ClassNotFoundException notFound) {
            return new ModelLoadException(file, line, column, Messages.bind(Messages.load_unknownType, notFound.getName()),
                    Messages.load_adviceNewer, cause);
        }
        if (cause instanceof FeatureNotFoundException notFound) {
            return new ModelLoadException(file, line, column, Messages.bind(Messages.load_unknownFeature, notFound.getName(),
                    notFound.getObject() == null ? "?" : notFound.getObject().eClass().getName()), //$NON-NLS-1$
                    Messages.load_adviceNewer, cause);
        }
        if (cause instanceof UnresolvedReferenceException unresolved) {
            return new ModelLoadException(file, line, column,
                    Messages.bind(Messages.load_unresolved, unresolved.getReference(), unresolved.getFeature().getName()),
                    Messages.load_adviceUnresolved, cause);
        }
        if (cause instanceof IllegalValueException illegal) {
            return new ModelLoadException(file, line, column,
                    Messages.bind(Messages.load_illegalValue, String.valueOf(illegal.getValue()), illegal.getFeature().getName()),
                    Messages.load_adviceIllegalValue, cause);
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ModelLoadException(file, line, column, Messages.bind(Messages.load_other, what), Messages.load_adviceDamaged,
                cause);
    }

    /**
     * Whether the file is a Throughline model whose unknown namespace is only that of nested
     * elements (a plugin's metamodel), rather than a file of some other tool.
     */
    private static boolean isThroughlineModel(Path file, Resource resource, String unknownUri) {
        if (ThroughlinePackage.eINSTANCE.getNsURI().equals(unknownUri)) {
            return false;
        }
        if (resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0).eClass().getEPackage() == ThroughlinePackage.eINSTANCE) {
            return true;
        }
        if (file == null) {
            return false;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[HEAD_LENGTH];
            int read = reader.read(head);
            if (read <= 0) {
                return false;
            }
            String text = new String(head, 0, read);
            int root = rootStart(text);
            int end = root < 0 ? -1 : text.indexOf('>', root);
            if (end < 0) {
                return false;
            }
            String rootTag = text.substring(root, end);
            int colon = rootTag.indexOf(':');
            int space = rootTag.indexOf(' ');
            if (colon < 0 || space < 0 || colon > space) {
                return false;
            }
            String prefix = rootTag.substring(1, colon);
            return rootTag.contains("xmlns:" + prefix + "=\"" + ThroughlinePackage.eINSTANCE.getNsURI() + '"'); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | RuntimeException e) {
            return false; // cannot tell: keep the general message
        }
    }

    /** The index of the root element's '<', skipping the XML declaration, comments and processing instructions. */
    private static int rootStart(String text) {
        int i = text.indexOf('<');
        while (i >= 0 && i + 1 < text.length() && (text.charAt(i + 1) == '?' || text.charAt(i + 1) == '!')) {
            i = text.indexOf('<', i + 1);
        }
        return i;
    }

    /** EMF reports the first problem of a load in the resource's errors; prefer it, it has a position. */
    private static Throwable firstDiagnostic(Resource resource, Throwable failure) {
        Throwable unwrapped = failure;
        while (unwrapped instanceof Resource.IOWrappedException || unwrapped instanceof java.lang.reflect.InvocationTargetException
                || (unwrapped instanceof RuntimeException && unwrapped.getCause() != null
                        && !(unwrapped instanceof HardenedXmlLoad.TextTooLongException))) {
            if (unwrapped.getCause() == null || unwrapped.getCause() == unwrapped) {
                break;
            }
            unwrapped = unwrapped.getCause();
        }
        if (unwrapped instanceof HardenedXmlLoad.TextTooLongException || unwrapped instanceof ThroughlineResource.DuplicateIdException) {
            return unwrapped;
        }
        if (resource != null && !resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Throwable first) {
            return first;
        }
        return unwrapped;
    }
}
