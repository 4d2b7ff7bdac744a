// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.AtomicFiles;
import org.throughline.render.api.SvgRenderer;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Filter;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * {@code throughline diagram FILE --viewpoint ID [--root ELEMENT-ID] --out FILE.svg}: interprets
 * a viewpoint's diagram for an element of the model, lays it out and writes it as SVG. With
 * {@code --list}: the diagram kinds there are. A representations file beside the model that holds
 * this diagram gives it its layout; only new elements are then placed.
 */
public final class DiagramCommand implements CliCommand {

    private final ViewpointRegistry registry;

    /** The command with the platform's viewpoints. */
    public DiagramCommand() {
        this(null);
    }

    /** @param registry the viewpoints to use, or {@code null} for the platform's */
    public DiagramCommand(ViewpointRegistry registry) {
        this.registry = registry;
    }

    private ViewpointRegistry registry() {
        return registry != null ? registry : ViewpointRegistry.getDefault();
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("diagram").flag("--list").value("--viewpoint").value("--root").value("--out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .value("--keep").repeatable("--layer").repeatable("--filter").value(AsAtOption.NAME).parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (given.operands().size() > 1) {
            throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_tooManyFiles, given.operands().get(1)));
        }
        String file = given.operands().isEmpty() ? null : given.operands().get(0);
        String viewpoint = given.value("--viewpoint"); //$NON-NLS-1$
        String root = given.value("--root"); //$NON-NLS-1$
        String out = given.value("--out"); //$NON-NLS-1$
        String keep = given.value("--keep"); //$NON-NLS-1$
        boolean list = given.has("--list"); //$NON-NLS-1$
        Set<String> layers = new LinkedHashSet<>(given.all("--layer")); //$NON-NLS-1$
        Set<String> filters = new LinkedHashSet<>(given.all("--filter")); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        if (list) {
            return list(context);
        }
        if (file == null) {
            throw CliException.usage(DiagramMessages.diagram_noFile);
        }
        if (viewpoint == null) {
            throw CliException.usage(DiagramMessages.diagram_noViewpoint);
        }
        if (out == null && keep == null) {
            throw CliException.usage(DiagramMessages.diagram_noOut);
        }
        Path model = context.resolve(file);
        Path target = out == null ? null : context.resolve(out);
        if (target != null && (target.equals(model) || target.equals(RepresentationsFile.besideModel(model)))) {
            throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_wouldOverwrite, out));
        }
        return draw(context, model, viewpoint, root, target, keep, layers, filters, asAt);
    }

    private int list(CliContext context) {
        ViewpointRegistry viewpoints = registry();
        for (String problem : viewpoints.problems()) {
            context.err().println(DiagramMessages.bind(DiagramMessages.diagram_warning, problem));
        }
        context.out().println(DiagramMessages.diagram_listHeader);
        List<DiagramDescription> diagrams = viewpoints.diagrams();
        int width = diagrams.stream().mapToInt(d -> d.getId().length()).max().orElse(0);
        int labelWidth = diagrams.stream().mapToInt(d -> String.valueOf(d.getLabel()).length()).max().orElse(0);
        for (DiagramDescription diagram : diagrams) {
            context.out().printf("  %-" + width + "s  %-" + labelWidth + "s  %s%n", diagram.getId(), diagram.getLabel(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    diagram.getDomainClass());
        }
        if (diagrams.isEmpty()) {
            context.out().println("  " + DiagramMessages.diagram_none); //$NON-NLS-1$
        }
        return ExitCode.OK;
    }

    private int draw(CliContext context, Path file, String viewpointId, String rootId, Path out, String keep,
            Set<String> layers, Set<String> filters, LocalDate asAt) throws CliException {
        DiagramDescription description = registry().diagram(viewpointId)
                .orElseThrow(() -> CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_unknownViewpoint, viewpointId)));
        check(description, layers, filters);
        Model model = AsAtOption.apply(context.loadModel(file.toString()), asAt);
        Resource resource = model.eResource();
        EObject root = findRoot(resource, description, rootId, file);
        DiagramState saved = savedState(context, file, description, root);
        DiagramState state = saved;
        if (!layers.isEmpty() || !filters.isEmpty()) {
            state = saved == null ? new DiagramState(null, description.getId(), DiagramInterpreter.idOf(root), layers, filters,
                    Map.of(), Set.of(),
                    Map.of()) : new DiagramState(saved.name(), saved.descriptionId(), saved.rootId(), layers, filters, saved.nodes(),
                            saved.pinned(), saved.edges());
        }
        Diagram diagram;
        try {
            diagram = DiagramInterpreter.create(description, root, state);
        } catch (DiagramException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        DiagramLayout.layout(diagram, saved == null ? DiagramLayout.Scope.ALL : DiagramLayout.Scope.NEW_ELEMENTS);
        if (keep != null) {
            keep(context, file, diagram, keep);
        }
        if (out == null) {
            return ExitCode.OK;
        }
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            AtomicFiles.write(out, SvgRenderer.renderBytes(diagram));
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, DiagramMessages.bind(DiagramMessages.diagram_cannotWrite, out, e.getMessage()), e);
        }
        context.out().println(DiagramMessages.bind(DiagramMessages.diagram_wrote, new Object[] { context.workingDirectory().relativize(out),
                Integer.valueOf(diagram.allNodes().size()), Integer.valueOf(diagram.edges().size()) }));
        return ExitCode.OK;
    }

    /** Puts the diagram, under a name, into the representations file beside the model, in place of one of its kind and root. */
    private static void keep(CliContext context, Path file, Diagram diagram, String name) throws CliException {
        Path representations = RepresentationsFile.besideModel(file);
        DiagramState drawn = diagram.state();
        DiagramState kept = new DiagramState(name, drawn.descriptionId(), drawn.rootId(), drawn.layers(), drawn.filters(), drawn.nodes(),
                drawn.pinned(), drawn.edges());
        try {
            List<DiagramState> states = new ArrayList<>(RepresentationsFile.read(representations));
            int index = -1;
            for (int i = 0; i < states.size() && index < 0; i++) {
                if (states.get(i).descriptionId().equals(kept.descriptionId()) && states.get(i).rootId().equals(kept.rootId())) {
                    index = i;
                }
            }
            if (index < 0) {
                states.add(kept);
            } else {
                states.set(index, kept);
            }
            RepresentationsFile.write(representations, states);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, DiagramMessages.bind(DiagramMessages.diagram_cannotWrite, representations,
                    e.getMessage()), e);
        }
        context.out().println(DiagramMessages.bind(DiagramMessages.diagram_kept, name,
                context.workingDirectory().relativize(representations)));
    }

    private static void check(DiagramDescription description, Set<String> layers, Set<String> filters) throws CliException {
        List<String> layerIds = description.getAdditionalLayers().stream().map(Layer::getId).toList();
        for (String layer : layers) {
            if (!layerIds.contains(layer)) {
                throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_unknownLayer,
                        new Object[] { description.getId(), layer, join(layerIds) }));
            }
        }
        List<String> filterIds = description.getFilters().stream().map(Filter::getId).toList();
        for (String filter : filters) {
            if (!filterIds.contains(filter)) {
                throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_unknownFilter,
                        new Object[] { description.getId(), filter, join(filterIds) }));
            }
        }
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? DiagramMessages.diagram_none : ids.stream().collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static EObject findRoot(Resource resource, DiagramDescription description, String rootId, Path file) throws CliException {
        EClass type = (EClass) ThroughlinePackage.eINSTANCE.getEClassifier(description.getDomainClass());
        if (rootId != null) {
            EObject root = resource.getEObject(rootId);
            if (root == null) {
                throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_unknownRoot, file.getFileName(), rootId));
            }
            return root;
        }
        List<EObject> candidates = new ArrayList<>(resource.getContents());
        for (EObject candidate : candidates) {
            if (type.isInstance(candidate)) {
                return candidate;
            }
        }
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                return next;
            }
        }
        throw CliException.usage(DiagramMessages.bind(DiagramMessages.diagram_noRoot,
                new Object[] { file.getFileName(), description.getDomainClass(), description.getId() }));
    }

    private static DiagramState savedState(CliContext context, Path file, DiagramDescription description, EObject root) {
        Path representations = RepresentationsFile.besideModel(file);
        try {
            String rootId = DiagramInterpreter.idOf(root);
            for (DiagramState state : RepresentationsFile.read(representations)) {
                if (description.getId().equals(state.descriptionId()) && rootId.equals(state.rootId())) {
                    return state;
                }
            }
        } catch (IOException e) {
            context.err().println(DiagramMessages.bind(DiagramMessages.diagram_warning, e.getMessage()));
        }
        return null;
    }

    @Override
    public String usage() {
        return DiagramMessages.diagram_usage;
    }
}
