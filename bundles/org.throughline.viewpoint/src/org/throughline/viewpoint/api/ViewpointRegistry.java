// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.throughline.model.internal.extensions.Contributions;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.internal.Messages;

/**
 * The viewpoints contributed through the extension point {@code org.throughline.viewpoints}: our
 * own built-in ones and those of third-party plugins. Read when first asked for, not at start-up.
 * A contribution that cannot be loaded (a missing file, a broken expression, a duplicate id) is
 * logged, listed in {@link #problems()} and skipped; it never stops the others.
 */
public final class ViewpointRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.throughline.viewpoints"; //$NON-NLS-1$

    private static ViewpointRegistry instance;

    private final Map<String, DiagramDescription> diagrams = new LinkedHashMap<>();
    private final List<Viewpoint> viewpoints = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ViewpointRegistry() {
    }

    /** @return the registry of the running platform, read on first use */
    public static synchronized ViewpointRegistry getDefault() {
        if (instance == null) {
            instance = fromExtensions();
        }
        return instance;
    }

    /**
     * A registry of given viewpoints, for tests and tools that bring their own files.
     *
     * @param viewpoints checked viewpoints
     * @return the registry; duplicate diagram ids are skipped and reported
     */
    public static ViewpointRegistry of(List<Viewpoint> viewpoints) {
        ViewpointRegistry registry = new ViewpointRegistry();
        for (Viewpoint viewpoint : viewpoints) {
            registry.add(viewpoint, viewpoint.getId());
        }
        return registry;
    }

    /** @return a registry read afresh from the extension registry */
    public static ViewpointRegistry fromExtensions() {
        ViewpointRegistry registry = new ViewpointRegistry();
        List<String> skipped = new ArrayList<>();
        List<Contributed> read = Contributions.read(EXTENSION_POINT, "viewpoint", registry::read, //$NON-NLS-1$
                contributed -> contributed.viewpoint().getId(),
                (id, contributor) -> NLS.bind(Messages.registry_duplicateViewpoint, id, contributor), (contributor, reason) -> reason,
                skipped);
        skipped.forEach(registry::problem);
        read.forEach(contributed -> registry.add(contributed.viewpoint(), contributed.contributor()));
        return registry;
    }

    /** A viewpoint file read from a contribution. */
    private record Contributed(Viewpoint viewpoint, String contributor) {
    }

    private Contributed read(IConfigurationElement element, String contributor) {
        String file = element.getAttribute("file"); //$NON-NLS-1$
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(NLS.bind(Messages.registry_missingFile, contributor));
        }
        Bundle bundle = Platform.getBundle(contributor);
        URL url = bundle == null ? null : bundle.getEntry(file);
        if (url == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.registry_notFound, file, contributor));
        }
        Viewpoint viewpoint;
        try (InputStream in = url.openStream()) {
            viewpoint = ViewpointFiles.load(in, contributor + "/" + file); //$NON-NLS-1$
        } catch (ViewpointLoadException | IOException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.registry_broken, new Object[] { file, contributor, e.getMessage() }), e);
        }
        String declared = element.getAttribute("id"); //$NON-NLS-1$
        if (declared != null && !declared.equals(viewpoint.getId())) {
            problem(NLS.bind(Messages.registry_idMismatch, new Object[] { file, contributor, viewpoint.getId(), declared }));
        }
        return new Contributed(viewpoint, contributor);
    }

    private void add(Viewpoint viewpoint, String contributor) {
        viewpoints.add(viewpoint);
        for (DiagramDescription diagram : viewpoint.getDiagrams()) {
            if (diagrams.containsKey(diagram.getId())) {
                problem(NLS.bind(Messages.registry_duplicate, diagram.getId(), contributor));
            } else {
                diagrams.put(diagram.getId(), diagram);
            }
        }
    }

    private void problem(String message) {
        problems.add(message);
        try {
            ILog.of(ViewpointRegistry.class).warn(message);
        } catch (RuntimeException | LinkageError e) {
            // Outside OSGi there is no log; the problem is still listed in problems().
        }
    }

    /** @return every registered diagram description, in the order read */
    public List<DiagramDescription> diagrams() {
        return List.copyOf(diagrams.values());
    }

    /**
     * @param id a diagram description id
     * @return the diagram description of that id
     */
    public Optional<DiagramDescription> diagram(String id) {
        return Optional.ofNullable(diagrams.get(id));
    }

    /** @return the viewpoints read, in order */
    public List<Viewpoint> viewpoints() {
        return Collections.unmodifiableList(viewpoints);
    }

    /** @return the contributions skipped or questionable, one sentence each */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
