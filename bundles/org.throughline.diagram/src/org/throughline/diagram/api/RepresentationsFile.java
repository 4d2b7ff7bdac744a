// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.osgi.util.NLS;
import org.throughline.model.api.AtomicFiles;
import org.throughline.diagram.internal.Messages;

/**
 * The representations file {@code NAME.throughline-diagrams} beside a model {@code NAME.throughline}:
 * the diagrams of that model, kept apart from it. It holds only what the model cannot give back
 * (see {@link DiagramState}): which diagrams, of which viewpoint, for which root element (by id),
 * with which layers and filters, and where the nodes and edges are. Everything else is
 * interpreted afresh from the model when a diagram opens, so layout survives model changes.
 * Written atomically, with stable ordering, so that it diffs well.
 */
public final class RepresentationsFile {

    /** The file extension, without the dot. */
    public static final String FILE_EXTENSION = "throughline-diagrams"; //$NON-NLS-1$

    private static final String ROOT = "representations"; //$NON-NLS-1$

    private RepresentationsFile() {
    }

    /**
     * @param modelFile a model file, {@code NAME.throughline}
     * @return the representations file beside it, {@code NAME.throughline-diagrams}
     */
    public static Path besideModel(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String base = name.endsWith(".throughline") ? name.substring(0, name.length() - ".throughline".length()) : name; //$NON-NLS-1$ //$NON-NLS-2$
        return modelFile.resolveSibling(base + "." + FILE_EXTENSION); //$NON-NLS-1$
    }

    /**
     * @param file     where to write; replaced atomically
     * @param diagrams the states of the diagrams
     * @throws IOException when the file cannot be written; it is then unchanged
     */
    public static void write(Path file, List<DiagramState> diagrams) throws IOException {
        AtomicFiles.write(file, out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
                xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeStartElement(ROOT);
                xml.writeAttribute("version", "1"); //$NON-NLS-1$ //$NON-NLS-2$
                for (DiagramState state : diagrams) {
                    writeDiagram(xml, state);
                }
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeEndElement();
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static void writeDiagram(XMLStreamWriter xml, DiagramState state) throws XMLStreamException {
        xml.writeCharacters("\n  "); //$NON-NLS-1$
        xml.writeStartElement("diagram"); //$NON-NLS-1$
        xml.writeAttribute("name", state.name()); //$NON-NLS-1$
        xml.writeAttribute("description", state.descriptionId()); //$NON-NLS-1$
        xml.writeAttribute("root", state.rootId()); //$NON-NLS-1$
        for (String layer : state.layers()) {
            empty(xml, "layer", "id", layer); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String filter : state.filters()) {
            empty(xml, "filter", "id", filter); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Map.Entry<String, Bounds> node : state.nodes().entrySet()) {
            Bounds b = node.getValue();
            xml.writeCharacters("\n    "); //$NON-NLS-1$
            xml.writeEmptyElement("node"); //$NON-NLS-1$
            xml.writeAttribute("key", node.getKey()); //$NON-NLS-1$
            xml.writeAttribute("x", number(b.x())); //$NON-NLS-1$
            xml.writeAttribute("y", number(b.y())); //$NON-NLS-1$
            xml.writeAttribute("width", number(b.width())); //$NON-NLS-1$
            xml.writeAttribute("height", number(b.height())); //$NON-NLS-1$
            if (state.pinned().contains(node.getKey())) {
                xml.writeAttribute("pinned", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (Map.Entry<String, List<Point>> edge : state.edges().entrySet()) {
            xml.writeCharacters("\n    "); //$NON-NLS-1$
            xml.writeEmptyElement("edge"); //$NON-NLS-1$
            xml.writeAttribute("key", edge.getKey()); //$NON-NLS-1$
            StringBuilder route = new StringBuilder();
            for (Point p : edge.getValue()) {
                route.append(route.isEmpty() ? "" : " ").append(number(p.x())).append(',').append(number(p.y())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            xml.writeAttribute("route", route.toString()); //$NON-NLS-1$
        }
        xml.writeCharacters("\n  "); //$NON-NLS-1$
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
        xml.writeCharacters("\n    "); //$NON-NLS-1$
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded); //$NON-NLS-1$
    }

    /**
     * @param file a representations file
     * @return the states of its diagrams, in order; empty when the file does not exist
     * @throws IOException when it cannot be read or is not a representations file; the message
     *                     names the file and says what is wrong
     */
    public static List<DiagramState> read(Path file) throws IOException {
        List<DiagramState> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            xml.nextTag();
            if (!ROOT.equals(xml.getLocalName())) {
                throw new IOException(NLS.bind(Messages.representations_notRepresentations, file, xml.getLocalName()));
            }
            Builder current = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    if (xml.getEventType() == XMLStreamConstants.END_ELEMENT && "diagram".equals(xml.getLocalName()) && current != null) { //$NON-NLS-1$
                        result.add(current.build());
                        current = null;
                    }
                    continue;
                }
                String element = xml.getLocalName();
                if (current == null && !"diagram".equals(element)) { //$NON-NLS-1$
                    throw new IOException(NLS.bind(Messages.representations_misplaced, new Object[] { file,
                            Integer.valueOf(xml.getLocation().getLineNumber()), element }));
                }
                switch (element) {
                    case "diagram" -> current = new Builder(xml.getAttributeValue(null, "name"), //$NON-NLS-1$ //$NON-NLS-2$
                            xml.getAttributeValue(null, "description"), xml.getAttributeValue(null, "root")); //$NON-NLS-1$ //$NON-NLS-2$
                    case "layer" -> current.layers.add(xml.getAttributeValue(null, "id")); //$NON-NLS-1$ //$NON-NLS-2$
                    case "filter" -> current.filters.add(xml.getAttributeValue(null, "id")); //$NON-NLS-1$ //$NON-NLS-2$
                    case "node" -> { //$NON-NLS-1$
                        String key = Objects.requireNonNull(xml.getAttributeValue(null, "key")); //$NON-NLS-1$
                        current.nodes.put(key, new Bounds(parse(xml, "x"), parse(xml, "y"), parse(xml, "width"), parse(xml, "height"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        if ("true".equals(xml.getAttributeValue(null, "pinned"))) { //$NON-NLS-1$ //$NON-NLS-2$
                            current.pinned.add(key);
                        }
                    }
                    case "edge" -> { //$NON-NLS-1$
                        List<Point> route = new ArrayList<>();
                        String text = xml.getAttributeValue(null, "route"); //$NON-NLS-1$
                        for (String pair : text == null || text.isBlank() ? new String[0] : text.trim().split("\\s+")) { //$NON-NLS-1$
                            String[] xy = pair.split(","); //$NON-NLS-1$
                            route.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
                        }
                        current.edges.put(Objects.requireNonNull(xml.getAttributeValue(null, "key")), route); //$NON-NLS-1$
                    }
                    default -> {
                        // Elements of a later version are ignored.
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(NLS.bind(Messages.representations_unreadable, file, reason(e)), e);
        } catch (NumberFormatException | NullPointerException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(NLS.bind(Messages.representations_badValue, file), e);
        }
        return result;
    }

    /** The parser's complaint in one line: "line N: what", without its "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message:"); //$NON-NLS-1$
        String what = (at >= 0 ? message.substring(at + "Message:".length()) : message).replaceAll("\\s+", " ").trim() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? "line " + e.getLocation().getLineNumber() + ": " + what //$NON-NLS-1$ //$NON-NLS-2$
                : what;
    }

    private static double parse(XMLStreamReader xml, String attribute) {
        return Double.parseDouble(xml.getAttributeValue(null, attribute));
    }

    /** Collects one diagram's state while reading. */
    private static final class Builder {
        private final String name;
        private final String description;
        private final String root;
        private final Set<String> layers = new LinkedHashSet<>();
        private final Set<String> filters = new LinkedHashSet<>();
        private final Map<String, Bounds> nodes = new LinkedHashMap<>();
        private final Set<String> pinned = new LinkedHashSet<>();
        private final Map<String, List<Point>> edges = new LinkedHashMap<>();

        Builder(String name, String description, String root) {
            this.name = name;
            this.description = description;
            this.root = root;
        }

        DiagramState build() {
            return new DiagramState(name, description, root, layers, filters, nodes, pinned, edges);
        }
    }
}
