// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

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
 * exhaust memory, saying where in the file they start, and that sets the attributes of our
 * metamodel without EMF's generic lookups (see {@link LimitingHandler}).
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

    /**
     * EMF's XMI handler, hardened, and quick on what every model file is made of. Each attribute
     * of an element is looked up once per class and attribute name, and its value converted
     * straight into the attribute's type: text as it is, dates by a parse specialised to
     * yyyy-MM-dd, enumerations through a table of their literals, other types by the model's
     * factory. Anything else (a reference, an unknown or prefixed name, a value that does not
     * convert) goes the way EMF's handler takes it, so its diagnostics and the migrations that
     * read unknown attributes are unchanged.
     */
    private static final class LimitingHandler extends SAXXMIHandler {

        private long textLength;
        /** How the attributes of each class are set, by attribute name; {@link #NO_SLOT} where EMF's way is taken. */
        private final Map<EClass, Map<String, Slot>> slots = new HashMap<>();
        /** The last class looked up, and its attributes: elements of one class come in runs. */
        private EClass lastClass;
        private Map<String, Slot> lastSlots;
        /** The containment features of each class, by element name, as EMF's lookup found them. */
        private final Map<EClass, Map<String, EStructuralFeature>> elementFeatures = new HashMap<>();

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

        @Override
        protected EStructuralFeature getFeature(EObject object, String prefix, String name, boolean isElement) {
            if (!isElement || prefix != null && !prefix.isEmpty()) {
                return super.getFeature(object, prefix, name, isElement);
            }
            Map<String, EStructuralFeature> features = elementFeatures.computeIfAbsent(object.eClass(), c -> new HashMap<>());
            EStructuralFeature feature = features.get(name);
            if (feature == null) {
                feature = super.getFeature(object, prefix, name, isElement);
                if (feature != null) {
                    features.put(name, feature);
                }
            }
            return feature;
        }

        @Override
        protected void setAttribValue(EObject object, String name, String value) {
            EClass eClass = object.eClass();
            if (eClass != lastClass) {
                lastSlots = slots.computeIfAbsent(eClass, c -> new HashMap<>());
                lastClass = eClass;
            }
            Slot slot = lastSlots.get(name);
            if (slot == null) {
                slot = slot(object, name);
                lastSlots.put(name, slot);
            }
            if (slot != NO_SLOT) {
                Object converted;
                try {
                    converted = slot.convert(value);
                } catch (RuntimeException e) {
                    converted = e;
                }
                if (!(converted instanceof RuntimeException)) {
                    object.eSet(slot.feature, converted);
                    return;
                }
            }
            // EMF's way, which also says what is wrong with a value that does not convert.
            super.setAttribValue(object, name, value);
        }

        private Slot slot(EObject object, String name) {
            if (name.indexOf(':') >= 0) {
                return NO_SLOT;
            }
            EStructuralFeature feature = getFeature(object, null, name, false);
            if (!(feature instanceof EAttribute attribute) || attribute.isMany() || feature.isDerived() || !feature.isChangeable()
                    || helper.getFeatureKind(feature) != XMLHelper.DATATYPE_SINGLE) {
                return NO_SLOT;
            }
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                Map<String, Enumerator> literals = new HashMap<>();
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    literals.putIfAbsent(literal.getLiteral(), literal.getInstance());
                }
                return new Slot(feature, Slot.ENUM, type, literals);
            }
            if (type.getInstanceClass() == String.class && type == EcorePackage.Literals.ESTRING) {
                return new Slot(feature, Slot.TEXT, type, null);
            }
            if (type.getInstanceClass() == LocalDate.class) {
                return new Slot(feature, Slot.DATE, type, null);
            }
            return new Slot(feature, Slot.OTHER, type, null);
        }
    }

    /** Where EMF's own way of setting an attribute is taken. */
    private static final Slot NO_SLOT = new Slot(null, 0, null, null);

    /** How one attribute of one class is set from its text in the file. */
    private static final class Slot {
        static final int TEXT = 1;
        static final int DATE = 2;
        static final int ENUM = 3;
        static final int OTHER = 4;

        final EStructuralFeature feature;
        private final int kind;
        private final EDataType type;
        private final Map<String, Enumerator> literals;

        Slot(EStructuralFeature feature, int kind, EDataType type, Map<String, Enumerator> literals) {
            this.feature = feature;
            this.kind = kind;
            this.type = type;
            this.literals = literals;
        }

        /** @return the value, or throws what the model's factory throws for text that is not one */
        Object convert(String text) {
            switch (kind) {
            case TEXT:
                return text;
            case ENUM:
                Enumerator literal = literals.get(text);
                return literal != null ? literal : type.getEPackage().getEFactoryInstance().createFromString(type, text);
            case DATE:
                LocalDate date = isoDate(text);
                return date != null ? date : type.getEPackage().getEFactoryInstance().createFromString(type, text);
            default:
                return type.getEPackage().getEFactoryInstance().createFromString(type, text);
            }
        }

        /** @return the date of text in exactly the form yyyy-MM-dd, or null when it is in any other (the factory judges those) */
        private static LocalDate isoDate(String text) {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            return LocalDate.of(year, month, day);
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + c - '0';
            }
            return value;
        }
    }
}
