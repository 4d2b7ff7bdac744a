// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.throughline.model.ThroughlinePackage;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a model file of the current metamodel straight into its objects, about twice as fast as
 * EMF's generic XMI handler: the containment feature of each element name, the way to set each
 * attribute and the class of each {@code xsi:type} are looked up once per class and name; values
 * are converted by what their type needs (text as it is, dates by a parse specialised to
 * yyyy-MM-dd, enumerations through a table of their literals); references are kept as ids and
 * resolved once, at the end, through one map of ids.
 * <p>
 * It reads only what Throughline itself writes. On anything else — an unknown name, a value that
 * does not convert, a reference to an id that is not there, an id used twice, a file that is not
 * well formed, a text too long — it gives up without touching the resource, and the file is read
 * again by EMF's handler ({@link HardenedXmlLoad}), which says precisely what is wrong and where.
 * The parser is hardened the same way (no DOCTYPE, no external entities, bounded nesting).
 */
final class ModelReader extends DefaultHandler {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String XMI = "http://www.omg.org/XMI"; //$NON-NLS-1$

    /** Parsers are reused by the thread that made them; they are reset after each file and hardened before the next. */
    private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(ModelReader::newParser);

    /** Thrown to give up; carries no stack trace, as it is not a failure to report. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final EPackage ePackage = ThroughlinePackage.eINSTANCE;
    private final XMLResource resource;
    private Locator locator;
    private final Map<String, String> prefixes = new HashMap<>();
    private final List<EObject> stack = new ArrayList<>();
    private EObject root;
    private long textLength;
    /** Every element with an id, by its id: the resource's own map, filled here. */
    private final Map<String, EObject> ids;
    /** The elements written without an id, or with an empty one: they get a fresh one. */
    private final List<EObject> withoutId = new ArrayList<>();
    /** Whether the element being read has its id. */
    private boolean hasId;
    /** The references read, to resolve at the end: object, reference, the ids as written, in threes. */
    private final List<Object> references = new ArrayList<>();
    /** How the attributes of each class are set, by name. */
    private final Map<EClass, Map<String, Setter>> setters = new HashMap<>();
    private EClass lastClass;
    private Map<String, Setter> lastSetters;
    /** The containment of each class, by element name. */
    private final Map<EClass, Map<String, EReference>> containments = new HashMap<>();
    /** Classes by the xsi:type that names them. */
    private final Map<String, EClass> types = new HashMap<>();

    private ModelReader(XMLResource resource, Map<String, EObject> ids) {
        this.resource = resource;
        this.ids = ids;
    }

    /**
     * @param resource where the model goes (its header information is recorded; nothing else is
     *                 touched)
     * @param in       the file's bytes
     * @param ids      the resource's map of elements by id, empty: filled with every element of
     *                 the model, as attaching it to the resource would; emptied again when the
     *                 reader gives up
     * @return the model's root, with every reference set and every element an id, not yet added
     *         to the resource; or {@code null} when the file must be read by EMF's handler
     */
    static EObject read(XMLResource resource, InputStream in, Map<String, EObject> ids) {
        ModelReader reader = new ModelReader(resource, ids);
        boolean read = false;
        SAXParser parser = PARSERS.get();
        try {
            for (Map.Entry<String, Object> property : LoadOptions.parserProperties().entrySet()) {
                parser.setProperty(property.getKey(), property.getValue());
            }
            parser.parse(new InputSource(in), reader);
            read = reader.resolve();
            return read ? reader.root : null;
        } catch (Exception | StackOverflowError e) {
            // Whatever it is, EMF's handler reads the file again and says what is wrong.
            return null;
        } finally {
            parser.reset();
            if (!read) {
                ids.clear();
            }
        }
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            for (Map.Entry<String, Boolean> feature : LoadOptions.parserFeatures().entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue().booleanValue());
            }
            return factory.newSAXParser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        String before = prefixes.put(prefix, uri);
        if (before != null && !before.equals(uri)) {
            throw new GiveUp();
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        textLength = 0;
        EObject object;
        if (stack.isEmpty()) {
            if (root != null || !ePackage.getNsURI().equals(uri) || !(ePackage.getEClassifier(localName) instanceof EClass eClass)
                    || eClass.isAbstract() || eClass.isInterface()) {
                throw new GiveUp();
            }
            if (locator instanceof Locator2 header) {
                resource.setEncoding(header.getEncoding());
                resource.setXMLVersion(header.getXMLVersion());
            }
            object = ePackage.getEFactoryInstance().create(eClass);
            root = object;
        } else {
            EObject parent = stack.get(stack.size() - 1);
            EReference containment = uri.isEmpty() ? containment(parent.eClass(), localName) : null;
            if (containment == null) {
                throw new GiveUp();
            }
            EClass eClass = type(attributes.getValue(XSI, "type"), containment); //$NON-NLS-1$
            object = ePackage.getEFactoryInstance().create(eClass);
            if (containment.isMany()) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> children = (InternalEList<EObject>) parent.eGet(containment);
                children.addUnique(object);
            } else if (parent.eIsSet(containment)) {
                throw new GiveUp();
            } else {
                parent.eSet(containment, object);
            }
        }
        hasId = false;
        attributes(object, attributes);
        if (!hasId && object.eClass().getEIDAttribute() != null) {
            withoutId.add(object);
        }
        stack.add(object);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        textLength = 0;
        stack.remove(stack.size() - 1);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        textLength += length;
        if (textLength > LoadOptions.MAX_TEXT_LENGTH) {
            throw new GiveUp();
        }
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                // Text in an element: nothing Throughline writes.
                throw new GiveUp();
            }
        }
    }

    private EReference containment(EClass eClass, String name) {
        Map<String, EReference> byName = containments.computeIfAbsent(eClass, c -> new HashMap<>());
        EReference containment = byName.get(name);
        if (containment == null && eClass.getEStructuralFeature(name) instanceof EReference reference && reference.isContainment()
                && reference.isChangeable() && !reference.isTransient() && !reference.isDerived()) {
            containment = reference;
            byName.put(name, containment);
        }
        return containment;
    }

    private EClass type(String xsiType, EReference containment) {
        EClass eClass;
        if (xsiType == null) {
            eClass = containment.getEReferenceType();
        } else {
            eClass = types.get(xsiType);
            if (eClass == null) {
                int colon = xsiType.indexOf(':');
                String prefix = colon < 0 ? "" : xsiType.substring(0, colon); //$NON-NLS-1$
                EClassifier named = ePackage.getNsURI().equals(prefixes.get(prefix))
                        ? ePackage.getEClassifier(xsiType.substring(colon + 1))
                        : null;
                if (!(named instanceof EClass found)) {
                    throw new GiveUp();
                }
                eClass = found;
                types.put(xsiType, eClass);
            }
        }
        if (eClass.isAbstract() || eClass.isInterface() || !containment.getEReferenceType().isSuperTypeOf(eClass)) {
            throw new GiveUp();
        }
        return eClass;
    }

    private void attributes(EObject object, Attributes attributes) {
        EClass eClass = object.eClass();
        if (eClass != lastClass) {
            lastSetters = setters.computeIfAbsent(eClass, c -> new HashMap<>());
            lastClass = eClass;
        }
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String uri = attributes.getURI(i);
            if (!uri.isEmpty()) {
                if (XSI.equals(uri) && "type".equals(attributes.getLocalName(i)) //$NON-NLS-1$
                        || XMI.equals(uri) && "version".equals(attributes.getLocalName(i))) { //$NON-NLS-1$
                    continue;
                }
                throw new GiveUp();
            }
            String name = attributes.getLocalName(i);
            Setter setter = lastSetters.get(name);
            if (setter == null) {
                setter = Setter.of(eClass, name);
                lastSetters.put(name, setter);
            }
            String value = attributes.getValue(i);
            if (value.length() > LoadOptions.MAX_TEXT_LENGTH) {
                throw new GiveUp();
            }
            if (setter.reference != null) {
                references.add(object);
                references.add(setter.reference);
                references.add(value);
                continue;
            }
            object.eSet(setter.feature, setter.convert(value));
            if (setter.isId && !value.isEmpty()) {
                if (ids.putIfAbsent(value, object) != null) {
                    // An id used twice: EMF's handler and the resource say which.
                    throw new GiveUp();
                }
                hasId = true;
            }
        }
    }

    /** @return whether every reference was set (each id found, of the type it must be, no id twice in one list) */
    private boolean resolve() {
        if (root == null) {
            return false;
        }
        List<EObject> targets = new ArrayList<>();
        Set<EObject> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i += 3) {
            EObject object = (EObject) references.get(i);
            EReference reference = (EReference) references.get(i + 1);
            String value = (String) references.get(i + 2);
            targets.clear();
            if (!reference.isMany()) {
                // One id, as Throughline writes a single reference: looked up as it is, without cutting it out.
                EObject target = value.indexOf(' ') < 0 ? ids.get(value) : null;
                if (target != null && reference.getEReferenceType().isInstance(target)) {
                    object.eSet(reference, target);
                    continue;
                }
            }
            for (int start = 0, end; start < value.length(); start = end + 1) {
                end = value.indexOf(' ', start);
                if (end < 0) {
                    end = value.length();
                }
                if (end == start) {
                    continue;
                }
                EObject target = ids.get(value.substring(start, end));
                if (target == null || !reference.getEReferenceType().isInstance(target)) {
                    return false;
                }
                targets.add(target);
            }
            if (reference.isMany()) {
                seen.clear();
                seen.addAll(targets);
                if (seen.size() != targets.size()) {
                    return false;
                }
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(reference);
                if (!list.isEmpty()) {
                    return false;
                }
                list.addAllUnique(targets);
            } else if (targets.size() == 1) {
                object.eSet(reference, targets.get(0));
            } else {
                return false;
            }
        }
        // As the resource does for an element attached without an id (see ThroughlineResource).
        for (EObject object : withoutId) {
            String id = EcoreUtil.generateUUID();
            object.eSet(object.eClass().getEIDAttribute(), id);
            ids.put(id, object);
        }
        return true;
    }

    /** How one attribute name of one class is set. */
    private static final class Setter {
        private static final int TEXT = 1;
        private static final int DATE = 2;
        private static final int ENUM = 3;
        private static final int OTHER = 4;
        private static final int DOUBLE = 5;
        /** Powers of ten that a double holds exactly. */
        private static final double[] TENS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };

        final EStructuralFeature feature;
        /** Set for a reference: its value is ids, resolved at the end. */
        final EReference reference;
        final boolean isId;
        private final int kind;
        private final EDataType type;
        private final Map<String, Enumerator> literals;

        private Setter(EStructuralFeature feature, EReference reference, boolean isId, int kind, Map<String, Enumerator> literals) {
            this.feature = feature;
            this.reference = reference;
            this.isId = isId;
            this.kind = kind;
            this.type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
            this.literals = literals;
        }

        static Setter of(EClass eClass, String name) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature == null || feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
                throw new GiveUp();
            }
            if (feature instanceof EReference reference) {
                if (reference.isContainment() || reference.isContainer() || reference.getEOpposite() != null) {
                    throw new GiveUp();
                }
                return new Setter(feature, reference, false, 0, null);
            }
            EAttribute attribute = (EAttribute) feature;
            EDataType type = attribute.getEAttributeType();
            if (attribute.isMany() || type.getInstanceClass() == null && !(type instanceof EEnum)) {
                throw new GiveUp();
            }
            boolean isId = attribute == eClass.getEIDAttribute();
            if (type instanceof EEnum eEnum) {
                Map<String, Enumerator> literals = new HashMap<>();
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    literals.putIfAbsent(literal.getLiteral(), literal.getInstance());
                }
                return new Setter(feature, null, isId, ENUM, literals);
            }
            if (type == EcorePackage.Literals.ESTRING) {
                return new Setter(feature, null, isId, TEXT, null);
            }
            if (isId) {
                throw new GiveUp();
            }
            int kind = type.getInstanceClass() == LocalDate.class ? DATE
                    : type == EcorePackage.Literals.EDOUBLE_OBJECT || type == EcorePackage.Literals.EDOUBLE ? DOUBLE : OTHER;
            return new Setter(feature, null, false, kind, null);
        }

        /** @return the value of the text, as the model's factory makes it */
        Object convert(String text) {
            switch (kind) {
            case TEXT:
                return text;
            case ENUM:
                Enumerator literal = literals.get(text);
                if (literal == null) {
                    throw new GiveUp();
                }
                return literal;
            case DATE:
                LocalDate date = isoDate(text);
                return date != null ? date : type.getEPackage().getEFactoryInstance().createFromString(type, text);
            case DOUBLE:
                double number = decimal(text);
                return Double.isNaN(number) ? type.getEPackage().getEFactoryInstance().createFromString(type, text)
                        : Double.valueOf(number);
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

        /**
         * @return the value of a plain decimal of at most 15 digits, such as most numbers in a
         *         model are ("120", "-3.75"), or NaN for any other text (Double.valueOf judges
         *         those). Such a decimal is an integer below 2^53 divided by a power of ten that
         *         a double holds exactly: one correctly rounded division, the double that
         *         Double.valueOf gives.
         */
        private static double decimal(String text) {
            int length = text.length();
            int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
            if (length == i || length - i > 16) {
                return Double.NaN;
            }
            long digits = 0;
            int count = 0;
            int fraction = -1;
            for (; i < length; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits = digits * 10 + c - '0';
                    count++;
                } else if (c == '.' && fraction < 0) {
                    fraction = i;
                } else {
                    return Double.NaN;
                }
            }
            if (count == 0 || count > 15 || fraction == length - 1) {
                return Double.NaN;
            }
            double value = fraction < 0 ? digits : digits / TENS[length - 1 - fraction];
            return text.charAt(0) == '-' ? -value : value;
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
