// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/**
 * The running Throughline installation as p2 sees it: its profile, and the plugins (features)
 * installed into it. Installing and removing go through p2's operations API, the same as
 * Help &gt; Install New Software, so the two agree on what is installed.
 */
public final class Installation {

    /** The exit code of a framework that found its bundles changed and asks to be started again. */
    private static final int RESTART = 23;

    /** The suffix p2 gives the installable unit of a feature. */
    static final String FEATURE_GROUP = ".feature.group"; //$NON-NLS-1$

    private final IProvisioningAgent agent;
    private final IProfile profile;
    private final IProgressMonitor monitor = new NullProgressMonitor();

    private Installation(IProvisioningAgent agent, IProfile profile) {
        this.agent = agent;
        this.profile = profile;
    }

    /**
     * @return the running installation
     * @throws CliException when p2 is not running or the installation has no p2 profile
     */
    public static Installation running() throws CliException {
        IProvisioningAgent agent = currentAgent();
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw CliException.usage(Messages.noProfile);
        }
        return new Installation(agent, profile);
    }

    private static IProvisioningAgent currentAgent() throws CliException {
        BundleContext context = FrameworkUtil.getBundle(Installation.class).getBundleContext();
        try {
            startBundle(context, "org.eclipse.equinox.p2.core"); //$NON-NLS-1$
            // The agent of the running system, registered by p2 when the product has a p2 data area.
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) { //$NON-NLS-1$ //$NON-NLS-2$
                IProvisioningAgent agent = context.getService(reference);
                if (agent != null) {
                    return agent;
                }
            }
            ServiceReference<IProvisioningAgentProvider> provider = context.getServiceReference(IProvisioningAgentProvider.class);
            if (provider == null) {
                throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.noP2, "no agent provider"), null); //$NON-NLS-1$
            }
            return context.getService(provider).createAgent(null);
        } catch (ProvisionException | InvalidSyntaxException | BundleException e) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.noP2, e.getMessage()), e);
        }
    }

    private static void startBundle(BundleContext context, String symbolicName) throws BundleException {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName) && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
    }

    /**
     * Finds where a repository the user named is: an existing folder or file becomes a file URI;
     * anything with a scheme (http, https, file, jar) is taken as it is.
     *
     * @param base     where relative paths start
     * @param argument what the user typed
     * @return the repository's location
     * @throws CliException when it names a local folder that does not exist
     */
    public static URI repositoryLocation(Path base, String argument) throws CliException {
        if (argument.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) { //$NON-NLS-1$
            return URI.create(argument);
        }
        Path path = base.resolve(argument).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw CliException.usage(Messages.bind(Messages.noRepositoryFolder, path));
        }
        if (Files.isRegularFile(path) && path.toString().endsWith(".zip")) { //$NON-NLS-1$
            return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return path.toUri();
    }

    /**
     * Installs a feature from a repository.
     *
     * @param repository the repository's location
     * @param featureId  the feature's id, with or without {@code .feature.group}
     * @return the unit installed, or {@code null} when that version was already installed
     * @throws CliException when the repository or the feature is not found, the plugin's
     *                      requirements are not met, or p2 fails
     */
    public IInstallableUnit install(URI repository, String featureId) throws CliException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        IMetadataRepository loaded;
        try {
            loaded = metadata.loadRepository(repository, monitor);
            artifacts.loadRepository(repository, monitor);
        } catch (ProvisionException e) {
            throw CliException.usage(Messages.bind(Messages.badRepository, repository, e.getMessage()));
        }
        String id = featureId.endsWith(FEATURE_GROUP) ? featureId : featureId + FEATURE_GROUP;
        IQuery<IInstallableUnit> latest = QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id));
        Set<IInstallableUnit> units = loaded.query(latest, monitor).toUnmodifiableSet();
        if (units.isEmpty()) {
            List<String> offered = loaded.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
                    .map(IInstallableUnit::getId).filter(u -> u.endsWith(FEATURE_GROUP))
                    .map(u -> u.substring(0, u.length() - FEATURE_GROUP.length())).sorted().toList();
            throw CliException.usage(offered.isEmpty() ? Messages.bind(Messages.noSuchFeature, repository, featureId)
                    : Messages.bind(Messages.noSuchFeatureOffers, new Object[] {repository, featureId, String.join(", ", offered)})); //$NON-NLS-1$
        }
        IInstallableUnit unit = units.iterator().next();
        if (!profile.query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), monitor).isEmpty()) {
            return null;
        }
        checkWritable();
        ProvisioningSession session = new ProvisioningSession(agent);
        InstallOperation operation = new InstallOperation(session, units);
        operation.setProfileId(profile.getProfileId());
        ProvisioningContext provisioningContext = new ProvisioningContext(agent);
        // The product's own repositories are the profile; the plugin's come from its repository alone.
        provisioningContext.setMetadataRepositories(repository);
        provisioningContext.setArtifactRepositories(repository);
        operation.setProvisioningContext(provisioningContext);
        run(operation, Messages.cannotResolve, Messages.installFailed, featureName(unit));
        // An install over an older version is an update: the old version's jars are left over.
        collectGarbage();
        return unit;
    }

    /**
     * Removes an installed feature, and then the jars and artifact entries that nothing
     * installed uses any more from the product's folder (p2 only forgets them otherwise).
     *
     * @param featureId the feature's id, with or without {@code .feature.group}
     * @return the unit removed
     * @throws CliException when no such feature is installed, or p2 fails
     */
    public IInstallableUnit uninstall(String featureId) throws CliException {
        String id = featureId.endsWith(FEATURE_GROUP) ? featureId : featureId + FEATURE_GROUP;
        Set<IInstallableUnit> units = profile.query(QueryUtil.createIUQuery(id), monitor).toUnmodifiableSet();
        if (units.isEmpty() || plugins().stream().noneMatch(units::contains)) {
            throw CliException.usage(Messages.bind(Messages.notInstalled, featureId));
        }
        checkWritable();
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
        operation.setProfileId(profile.getProfileId());
        ProvisioningContext provisioningContext = new ProvisioningContext(agent);
        provisioningContext.setMetadataRepositories();
        provisioningContext.setArtifactRepositories();
        operation.setProvisioningContext(provisioningContext);
        IInstallableUnit unit = units.iterator().next();
        run(operation, Messages.uninstallFailed, Messages.uninstallFailed, featureName(unit));
        collectGarbage();
        return unit;
    }

    /**
     * Deletes the files of the product's bundle pool (its {@code plugins/} and {@code features/}
     * folders) that no unit of any profile needs, and their entries in its artifact repository:
     * what an uninstall or an update left behind. p2's garbage collector keeps whatever the running
     * framework has loaded, and this process has loaded the plugin just removed, so the collector
     * runs in a fresh start of this installation ({@code org.eclipse.equinox.p2.garbagecollector.application}).
     *
     * @throws CliException when the collector cannot be started or fails
     */
    void collectGarbage() throws CliException {
        Path install;
        try {
            install = Path.of(Platform.getInstallLocation().getURL().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.gcFailed, e.getMessage()), e);
        }
        Path launcher;
        try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) { //$NON-NLS-1$
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")) //$NON-NLS-1$
                    .filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElse(null); //$NON-NLS-1$
        } catch (IOException e) {
            launcher = null;
        }
        if (launcher == null) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.gcFailed, install.resolve("plugins")), null); //$NON-NLS-1$
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-Djava.awt.headless=true", "-Dslf4j.internal.verbosity=ERROR", "-jar", launcher.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-install", install.toString(), "-nosplash", //$NON-NLS-1$ //$NON-NLS-2$
                "-application", "org.eclipse.equinox.p2.garbagecollector.application"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            int exit;
            do {
                // The first start after a change of the installation's bundles asks for a second one.
                exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
            } while (exit == RESTART);
            if (exit != 0) {
                throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.gcFailed, "exit code " + exit), null); //$NON-NLS-1$
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.gcFailed, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.gcFailed, e.getMessage()), e);
        }
    }

    /**
     * @return the features a user installed into the product: root units of the profile other
     *         than the product and the features it is made of
     */
    public List<IInstallableUnit> plugins() {
        String product = System.getProperty("eclipse.product"); //$NON-NLS-1$
        Set<IInstallableUnit> all = profile.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet();
        List<IRequirement> ofProduct = all.stream().filter(u -> u.getId().equals(product))
                .flatMap(u -> u.getRequirements().stream()).toList();
        return all.stream()
                .filter(u -> u.getId().endsWith(FEATURE_GROUP))
                .filter(u -> Boolean.parseBoolean(profile.getInstallableUnitProperty(u, "org.eclipse.equinox.p2.type.root"))) //$NON-NLS-1$
                .filter(u -> ofProduct.stream().noneMatch(r -> r.isMatch(u)))
                .sorted(Comparator.comparing(IInstallableUnit::getId)).collect(Collectors.toList());
    }

    private void run(ProfileChangeOperation operation, String cannotResolve, String failed, String name) throws CliException {
        IStatus resolution = operation.resolveModal(monitor);
        if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL) {
            throw CliException.usage(Messages.bind(cannotResolve, name, describe(operation.getResolutionResult())));
        }
        ProvisioningJob job = operation.getProvisioningJob(monitor);
        if (job == null) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(failed, name, describe(resolution)), null);
        }
        IStatus result = job.runModal(monitor);
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(failed, name, describe(result)), result.getException());
        }
    }

    private void checkWritable() throws CliException {
        String location = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
        if (location != null && !Files.isWritable(Path.of(location))) {
            throw CliException.usage(Messages.bind(Messages.notWritable, location));
        }
    }

    /**
     * @param unit a feature's unit
     * @return its name (p2 may hold it as a %key of the feature's properties)
     */
    static String featureName(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null ? unit.getId() : name;
    }

    /** @return the feature id a user types, without {@code .feature.group} */
    static String featureId(IInstallableUnit unit) {
        String id = unit.getId();
        return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
    }

    /** The innermost messages of a status, in one line: p2 nests the cause of a failed resolution deeply. */
    static String describe(IStatus status) {
        if (status == null) {
            return "?"; //$NON-NLS-1$
        }
        if (!status.isMultiStatus() || status.getChildren().length == 0) {
            return status.getMessage();
        }
        return java.util.Arrays.stream(status.getChildren()).filter(c -> c.getSeverity() >= IStatus.WARNING)
                .map(Installation::describe).distinct().limit(3).collect(Collectors.joining("; ")); //$NON-NLS-1$
    }
}
