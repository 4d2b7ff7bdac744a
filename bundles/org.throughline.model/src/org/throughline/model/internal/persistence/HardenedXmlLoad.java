// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XMI load with a handler that refuses oversized attribute values and texts before they
 * exhaust memory, saying where in the file they start.
 */
final class HardenedXmlLoad extends XMILoadImpl {

    HardenedXmlLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new LimitingHandler(resource, helper, options);
    }

    /** Thrown from the SAX callbacks that may not throw checked exceptions. */
    static final class TextTooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        TextTooLongException(int line, int column) {
            super("text longer than " + LoadOptions.MAX_TEXT_LENGTH + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private static final class LimitingHandler extends SAXXMIHandler {

        private long textLength;

        LimitingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            textLength = 0;
            for (int i = 0, n = attributes.getLength(); i < n; i++) {
                if (attributes.getValue(i).length() > LoadOptions.MAX_TEXT_LENGTH) {
                    throw new SAXParseException(Messages.bind(Messages.load_attributeTooLong, attributes.getQName(i),
                            Integer.valueOf(LoadOptions.MAX_TEXT_LENGTH)), locator);
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            textLength += length;
            if (textLength > LoadOptions.MAX_TEXT_LENGTH) {
                throw new TextTooLongException(locator == null ? 0 : locator.getLineNumber(),
                        locator == null ? 0 : locator.getColumnNumber());
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            textLength = 0;
            super.endElement(uri, localName, name);
        }
    }
}
