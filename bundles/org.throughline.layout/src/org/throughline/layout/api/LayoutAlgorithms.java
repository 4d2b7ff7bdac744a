// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.data.LayoutOptionData;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.osgi.util.NLS;
import org.throughline.layout.internal.Messages;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.LayoutOption;

/**
 * The layout algorithms a viewpoint can name for its diagram kind: ELK's own, found by name in
 * ELK's registry of algorithms and options, not hard-wired. A diagram description names one with
 * {@code layoutAlgorithm} ({@code layered}, the default, or {@code mrtree}; or the id of any ELK
 * algorithm whose bundle is installed and registered here: ELK's force, stress and radial are not
 * on Maven Central at the ELK version Throughline uses) and tunes it with
 * {@code layoutOptions}: ELK option ids, or their last parts (for example {@code spacing.nodeNode}),
 * with values as ELK writes them.
 */
public final class LayoutAlgorithms {

    /**
     * Throughline's own layout option, not ELK's: the ids of edge mappings, separated by spaces, whose
     * edges run from one container to the next (a journey's hand-off from one service to the next).
     * Such an edge between two top-level containers does not place them: the containers of a row
     * stand side by side in the diagram's order, and the edge is drawn between them after the layout
     * (see {@code ContainerRows}).
     */
    public static final String FLOW_BETWEEN_CONTAINERS = "org.throughline.layout.flowBetweenContainers"; //$NON-NLS-1$

    /** The algorithm of a diagram description that names none. */
    public static final String DEFAULT = "layered"; //$NON-NLS-1$

    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put(DEFAULT, LayeredOptions.ALGORITHM_ID);
        BY_NAME.put("mrtree", MrTreeOptions.ALGORITHM_ID); //$NON-NLS-1$
    }

    private static boolean registered;

    private LayoutAlgorithms() {
    }

    /** Registers ELK's algorithms once, without ELK's Eclipse plugin registry. */
    public static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider(), new MrTreeMetaDataProvider());
            registered = true;
        }
    }

    /** @return the short names a viewpoint may use, the default first */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * @param description a diagram description
     * @return the ELK algorithm it names, or the layered algorithm when it names none or one ELK does not know
     */
    public static LayoutAlgorithmData algorithm(DiagramDescription description) {
        register();
        LayoutAlgorithmData known = find(description.getLayoutAlgorithm());
        return known != null ? known : LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID);
    }

    /** @return whether the description's algorithm is ELK's layered one (lanes and containers laid out in one run) */
    public static boolean isLayered(DiagramDescription description) {
        return LayeredOptions.ALGORITHM_ID.equals(algorithm(description).getId());
    }

    private static LayoutAlgorithmData find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        String id = BY_NAME.getOrDefault(trimmed, trimmed);
        LayoutAlgorithmData data = LayoutMetaDataService.getInstance().getAlgorithmData(id);
        return data != null ? data : LayoutMetaDataService.getInstance().getAlgorithmDataBySuffix(trimmed);
    }

    /**
     * Sets the description's layout options on an ELK graph (the options it cannot read are left out:
     * {@link #problems(DiagramDescription)} names them).
     *
     * @param graph       the ELK graph
     * @param description its diagram description
     */
    public static void applyOptions(ElkNode graph, DiagramDescription description) {
        LayoutAlgorithmData algorithm = algorithm(description);
        for (LayoutOption option : description.getLayoutOptions()) {
            LayoutOptionData data = option(option.getKey());
            Object value = data == null ? null : data.parseValue(option.getValue());
            if (value != null && algorithm.knowsOption(data)) {
                graph.setProperty(data, value);
            }
        }
    }

    private static LayoutOptionData option(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        LayoutOptionData data = service.getOptionData(key.trim());
        return data != null ? data : service.getOptionDataBySuffix(key.trim());
    }

    /**
     * @param description a diagram description
     * @return what is wrong with its layout algorithm and options, one sentence each; empty when nothing is
     */
    public static List<String> problems(DiagramDescription description) {
        register();
        List<String> problems = new ArrayList<>();
        String name = description.getLayoutAlgorithm();
        if (name != null && !name.isBlank() && find(name) == null) {
            problems.add(NLS.bind(Messages.algorithm_unknown, new Object[] { description.getId(), name, String.join(", ", names()) }));
        }
        LayoutAlgorithmData algorithm = algorithm(description);
        for (LayoutOption option : description.getLayoutOptions()) {
            if (FLOW_BETWEEN_CONTAINERS.equals(option.getKey())) {
                continue;
            }
            LayoutOptionData data = option(option.getKey());
            if (data == null) {
                problems.add(NLS.bind(Messages.option_unknown, description.getId(), option.getKey()));
            } else if (!algorithm.knowsOption(data) && !data.equals(CoreOptions.EDGE_LABELS_PLACEMENT)) {
                // (The labels' placement is given to each label, whatever the algorithm.)
                problems.add(NLS.bind(Messages.option_notForAlgorithm,
                        new Object[] { description.getId(), option.getKey(), algorithm.getName() }));
            } else if (data.parseValue(option.getValue()) == null) {
                problems.add(NLS.bind(Messages.option_badValue, new Object[] { description.getId(), option.getValue(), option.getKey() }));
            }
        }
        return problems;
    }

    /**
     * @param description a diagram description
     * @return the ids of the edge mappings it names in {@link #FLOW_BETWEEN_CONTAINERS}; empty when it names none
     */
    public static Set<String> flowBetweenContainers(DiagramDescription description) {
        Set<String> ids = new LinkedHashSet<>();
        for (LayoutOption option : description.getLayoutOptions()) {
            if (FLOW_BETWEEN_CONTAINERS.equals(option.getKey()) && option.getValue() != null) {
                ids.addAll(Arrays.asList(option.getValue().trim().split("\\s+"))); //$NON-NLS-1$
            }
        }
        ids.remove(""); //$NON-NLS-1$
        return ids;
    }

    /**
     * @param description a diagram description
     * @return where its edge labels go, as its option {@code org.eclipse.elk.edgeLabels.placement} (an option
     *         of ELK's labels, not of its graphs) says; in the middle of their edges when it says nothing
     */
    public static EdgeLabelPlacement edgeLabelPlacement(DiagramDescription description) {
        register();
        for (LayoutOption option : description.getLayoutOptions()) {
            LayoutOptionData data = option(option.getKey());
            if (data != null && data.equals(CoreOptions.EDGE_LABELS_PLACEMENT)
                    && data.parseValue(option.getValue()) instanceof EdgeLabelPlacement placement) {
                return placement;
            }
        }
        return EdgeLabelPlacement.CENTER;
    }
}
