// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The configuration that headless commands start with: the installation's own {@code config.ini}
 * with only the bundles they need in {@code osgi.bundles}, so that a command does not install,
 * resolve and start the workbench's bundles (SWT, JFace, the e4 workbench, p2's user interface...).
 * <p>
 * The start script asks for it, by the system property {@value #PROPERTY} naming a folder, when it
 * has none for the installation's present {@code config.ini}: that command runs with every bundle,
 * and afterwards the bundles are chosen from the running framework's wiring and extension
 * registry, so that what a plugin installed since the build contributes is chosen too:
 * <ul>
 * <li>the command line, and each bundle that contributes a command, except a command that asks
 * for every bundle ({@code bundles="all"}), {@code help} (it lists every command) and a command
 * whose bundle needs SWT;</li>
 * <li>each bundle the configuration starts at once (the declarative services runtime...);</li>
 * <li>every bundle a chosen one is wired to, and the fragments of each;</li>
 * <li>each bundle that builds on Throughline (is wired, directly or not, to its metamodel) and
 * contributes to an extension point of a chosen bundle (rules, analyses, report sections,
 * viewpoints, importers, exporters, a metamodel's EMF package...), unless it needs SWT. The
 * platform's bundles that contribute to the platform's own points (preferences, adapters,
 * content types, markers) or to EMF's (the e4 workbench's model) serve themselves, not the
 * commands; applications and products are not followed (the command line is the
 * application);</li>
 * </ul>
 * the last two repeated until nothing is added. The folder gets the configuration and the names
 * of the commands that start with it ({@value #COMMANDS}, one a line); any other command starts
 * with every bundle. It is written under another name and renamed when complete, and replaces the
 * folders written for the installation's earlier configurations.
 */
public final class HeadlessConfiguration {

    /** The system property by which the start script asks for the configuration: the folder to write. */
    public static final String PROPERTY = "throughline.headless.configuration"; //$NON-NLS-1$

    /** The file, in the folder, that names the commands that start with the configuration. */
    public static final String COMMANDS = "commands"; //$NON-NLS-1$

    /** The attribute of a command that asks for every bundle, and its value. */
    static final String BUNDLES_ATTRIBUTE = "bundles"; //$NON-NLS-1$
    static final String ALL_BUNDLES = "all"; //$NON-NLS-1$

    private static final String CONFIG_INI = "config.ini"; //$NON-NLS-1$
    private static final String OSGI_BUNDLES = "osgi.bundles"; //$NON-NLS-1$
    private static final String CONFIG_DIR = "@config.dir"; //$NON-NLS-1$
    private static final String PRODUCT = "eclipse.product"; //$NON-NLS-1$
    private static final String CASCADED = "osgi.configuration.cascaded"; //$NON-NLS-1$
    private static final String APPLICATION = "eclipse.application"; //$NON-NLS-1$
    private static final String START = ":start"; //$NON-NLS-1$
    private static final String SWT = "org.eclipse.swt"; //$NON-NLS-1$
    private static final String MODEL = "org.throughline.model"; //$NON-NLS-1$
    private static final Set<String> NOT_FOLLOWED = Set.of("org.eclipse.core.runtime.applications", //$NON-NLS-1$
            "org.eclipse.core.runtime.products", CommandRegistry.EXTENSION_POINT); //$NON-NLS-1$

    /**
     * The bundles chosen and the commands that start with them.
     *
     * @param bundles  the bundles headless commands need
     * @param commands the names of the commands that start with them, in the order read
     */
    public record Choice(Set<Bundle> bundles, List<String> commands) {
    }

    private HeadlessConfiguration() {
    }

    /**
     * Writes the configuration when the start script asked for it. A failure is logged and changes
     * nothing: the next command asks again.
     */
    static void writeIfAsked() {
        String folder = System.getProperty(PROPERTY);
        Bundle self = FrameworkUtil.getBundle(HeadlessConfiguration.class);
        if (folder == null || folder.isBlank() || self == null || self.getBundleContext() == null) {
            return;
        }
        try {
            Path target = Path.of(folder).toAbsolutePath();
            if (Files.isDirectory(target)) {
                return;
            }
            Path configuration = Path.of(Platform.getInstallLocation().getURL().toURI()).resolve("configuration"); //$NON-NLS-1$
            Optional<Instant> started = ProcessHandle.current().info().startInstant();
            if (started.isEmpty() || Files.getLastModifiedTime(configuration.resolve(CONFIG_INI)).toInstant().isAfter(started.get())) {
                // The installation changed while this command ran (install-plugin): the bundles running are not its bundles.
                return;
            }
            Properties ini = read(configuration.resolve(CONFIG_INI));
            Set<String> startedAtOnce = Arrays.stream(ini.getProperty(OSGI_BUNDLES, "").split(",")) //$NON-NLS-1$ //$NON-NLS-2$
                    .filter(entry -> entry.endsWith(START)).map(HeadlessConfiguration::entryFile).collect(Collectors.toSet());
            Choice choice = choose(self.getBundleContext().getBundles(), RegistryFactory.getRegistry(),
                    bundle -> startedAtOnce.contains(fileName(bundle.getLocation())));
            write(ini, configuration, choice, target);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            ILog.of(HeadlessConfiguration.class).warn(Messages.bind(Messages.headless_notWritten, folder, e.getMessage()), e);
        }
    }

    /**
     * Chooses the bundles headless commands need (see the class comment).
     *
     * @param installed     the framework's bundles
     * @param registry      its extension registry
     * @param startedAtOnce which bundles the configuration starts at once
     * @return the bundles and the commands that start with them
     */
    public static Choice choose(Bundle[] installed, IExtensionRegistry registry, Predicate<Bundle> startedAtOnce) {
        Set<Bundle> needSwt = wiredTo(installed, SWT);
        Set<Bundle> onModel = wiredTo(installed, MODEL);
        Deque<Bundle> next = new ArrayDeque<>();
        next.add(FrameworkUtil.getBundle(HeadlessConfiguration.class));
        Arrays.stream(installed).filter(startedAtOnce).filter(bundle -> !needSwt.contains(bundle)).forEach(next::add);
        List<String> commands = new ArrayList<>();
        for (IConfigurationElement command : registry.getConfigurationElementsFor(CommandRegistry.EXTENSION_POINT)) {
            Bundle contributor = ContributorFactoryOSGi.resolve(command.getContributor());
            String name = command.getAttribute("name"); //$NON-NLS-1$
            if (contributor != null && name != null && !ALL_BUNDLES.equals(command.getAttribute(BUNDLES_ATTRIBUTE))
                    && !needSwt.contains(contributor)) {
                next.add(contributor);
                if (!HelpCommand.NAME.equals(name)) {
                    commands.add(name);
                }
            }
        }
        Set<Bundle> chosen = new LinkedHashSet<>();
        while (!next.isEmpty()) {
            Bundle bundle = next.poll();
            if (chosen.add(bundle)) {
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                if (wiring != null) {
                    wiring.getRequiredWires(null).forEach(wire -> next.add(wire.getProvider().getBundle()));
                    wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE).forEach(wire -> next.add(wire.getRequirer().getBundle()));
                }
            }
            if (next.isEmpty()) {
                contributors(chosen, registry).filter(found -> !chosen.contains(found) && onModel.contains(found))
                        .filter(found -> !needSwt.contains(found)).forEach(next::add);
            }
        }
        return new Choice(chosen, commands);
    }

    /** @return the bundles that contribute to the extension points of the bundles given, that are followed */
    private static Stream<Bundle> contributors(Set<Bundle> bundles, IExtensionRegistry registry) {
        List<Bundle> found = new ArrayList<>();
        for (Bundle bundle : bundles) {
            for (IExtensionPoint point : registry.getExtensionPoints(ContributorFactoryOSGi.createContributor(bundle))) {
                if (!NOT_FOLLOWED.contains(point.getUniqueIdentifier())) {
                    for (IExtension extension : point.getExtensions()) {
                        Bundle contributor = ContributorFactoryOSGi.resolve(extension.getContributor());
                        if (contributor != null) {
                            found.add(contributor);
                        }
                    }
                }
            }
        }
        return found.stream();
    }

    /** @return the bundle of that name and the bundles wired to it, directly or not (its fragments too) */
    private static Set<Bundle> wiredTo(Bundle[] installed, String symbolicName) {
        Set<Bundle> found = new HashSet<>();
        Deque<Bundle> next = new ArrayDeque<>();
        Arrays.stream(installed).filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).forEach(next::add);
        while (!next.isEmpty()) {
            Bundle bundle = next.poll();
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (found.add(bundle) && wiring != null) {
                for (BundleWire wire : wiring.getProvidedWires(null)) {
                    next.add(wire.getRequirer().getBundle());
                }
            }
        }
        return found;
    }

    /**
     * Writes the configuration: the installation's, with the bundles chosen, into a folder of its own.
     *
     * @param ini           the installation's {@code config.ini} (changed)
     * @param configuration the installation's configuration folder
     * @param choice        the bundles and commands chosen
     * @param target        the folder to write; left as it is when another start wrote it first
     * @throws IOException when it cannot be written
     */
    public static void write(Properties ini, Path configuration, Choice choice, Path target) throws IOException {
        Set<String> files = choice.bundles().stream().map(bundle -> fileName(bundle.getLocation())).collect(Collectors.toSet());
        ini.setProperty(OSGI_BUNDLES, Arrays.stream(ini.getProperty(OSGI_BUNDLES, "").split(",")) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(entry -> files.contains(entryFile(entry))).collect(Collectors.joining(","))); //$NON-NLS-1$
        // The product is the workbench, and its application: the command line is the application here.
        ini.remove(PRODUCT);
        ini.remove(APPLICATION);
        // A configuration of its own, not one that adds to the installation's (its bundles, product...).
        ini.setProperty(CASCADED, Boolean.FALSE.toString());
        // Places given relative to the configuration (p2's data) stay where they are.
        for (String key : ini.stringPropertyNames()) {
            String value = ini.getProperty(key);
            if (value.contains(CONFIG_DIR)) {
                ini.setProperty(key, value.replace(CONFIG_DIR, configuration.toAbsolutePath().toString()));
            }
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path draft = Files.createTempDirectory(parent, target.getFileName() + "."); //$NON-NLS-1$
        try {
            try (OutputStream out = Files.newOutputStream(draft.resolve(CONFIG_INI))) {
                ini.store(out, "The bundles of " + configuration.resolve(CONFIG_INI) + " that headless commands need"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Files.write(draft.resolve(COMMANDS), choice.commands());
            try {
                Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException writtenFirst) {
                return;
            }
            removeEarlier(target);
        } finally {
            delete(draft);
        }
    }

    /** Removes the folders written for the installation's earlier configurations: NAME-KEY beside NAME-OTHERKEY. */
    private static void removeEarlier(Path target) throws IOException {
        String name = target.getFileName().toString();
        String installation = name.substring(0, name.lastIndexOf('-') + 1);
        if (installation.isEmpty()) {
            return;
        }
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                String other = sibling.getFileName().toString();
                if (other.startsWith(installation) && !other.equals(name) && other.indexOf('.') < 0 && Files.isDirectory(sibling)) {
                    delete(sibling);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** @return the file named by an entry of osgi.bundles, e.g. reference:file:NAME.jar@4:start */
    private static String entryFile(String entry) {
        int at = entry.lastIndexOf('@');
        return fileName(at < 0 ? entry : entry.substring(0, at));
    }

    /**
     * @param location a bundle's location, e.g. reference:file:plugins/NAME.jar
     * @return the name of the file or folder it ends with
     */
    public static String fileName(String location) {
        String path = location.strip();
        while (path.endsWith("/")) { //$NON-NLS-1$
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
    }
}
