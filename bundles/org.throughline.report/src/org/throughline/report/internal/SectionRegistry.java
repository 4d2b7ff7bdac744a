// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.throughline.report.api.ReportSection;

/**
 * The sections contributed to {@code org.throughline.reportSections}, ours and third parties',
 * in their order. Read when a report is made, not at start-up; a malformed contribution is
 * logged and skipped.
 */
public final class SectionRegistry {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "org.throughline.reportSections"; //$NON-NLS-1$
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,60}"); //$NON-NLS-1$

    /** A section as contributed; its class is created when the section is written. */
    public interface Contribution {
        /** @return a stable id, also the page's file name */
        String id();

        /** @return the title shown in the navigation and on the overview */
        String title();

        /** @return the plugin that contributed it */
        String contributor();

        /** @return whether it also writes to stocktake packs */
        boolean pack();

        /** @return the order: lower first */
        int order();

        /**
         * @return the section
         * @throws Exception when it cannot be created
         */
        ReportSection create() throws Exception;
    }

    /**
     * Writes a section's part.
     */
    @FunctionalInterface
    public interface Writing {
        /**
         * @param section the section, just created
         * @throws Exception anything; the section is then reported as failed
         */
        void write(ReportSection section) throws Exception;
    }

    /** How long a section may take over one part of a report before it is reported as failed. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private final List<Contribution> sections;
    private final List<String> problems;
    private final Duration timeLimit;

    private SectionRegistry(List<Contribution> sections, List<String> problems, Duration timeLimit) {
        this.sections = sections;
        this.problems = problems;
        this.timeLimit = timeLimit;
    }

    /**
     * @param limit how long a section may take over one part of a report
     * @return the same sections with that time limit
     */
    public SectionRegistry withTimeLimit(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException(String.valueOf(limit));
        }
        return new SectionRegistry(sections, problems, limit);
    }

    /**
     * Creates a section and has it write its part on a worker thread. A section that does not
     * finish within the time limit is abandoned (its thread is a daemon) and reported as failed,
     * so that one plugin cannot hold up the whole report.
     *
     * @param section the contribution
     * @param writing what it writes
     * @throws Exception what creating or writing threw, or an {@link IllegalStateException} saying
     *                   the section took too long
     */
    public void write(Contribution section, Writing writing) throws Exception {
        FutureTask<Void> task = new FutureTask<>(() -> {
            writing.write(section.create());
            return null;
        });
        Thread worker = new Thread(task, "Throughline report section " + section.id()); //$NON-NLS-1$
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            long seconds = Math.max(1, (timeLimit.toMillis() + 999) / 1000);
            throw new IllegalStateException(Messages.bind(Messages.section_tooSlow, Long.valueOf(seconds)), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception thrown) {
                throw thrown;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * @param sections given sections, for tests
     * @return a registry of them
     */
    public static SectionRegistry of(List<Contribution> sections) {
        List<Contribution> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt(Contribution::order));
        return new SectionRegistry(sorted, List.of(), DEFAULT_TIME_LIMIT);
    }

    /** @return the sections of the running platform */
    public static SectionRegistry fromExtensions() {
        List<Contribution> sections = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (Platform.getExtensionRegistry() != null) {
            for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
                String contributor = element.getContributor().getName();
                String id = element.getAttribute("id"); //$NON-NLS-1$
                String title = element.getAttribute("title"); //$NON-NLS-1$
                if (!"section".equals(element.getName()) || id == null || !ID.matcher(id).matches() || title == null //$NON-NLS-1$
                        || element.getAttribute("class") == null) { //$NON-NLS-1$
                    problems.add(Messages.bind(Messages.registry_malformed, contributor, String.valueOf(id)));
                    continue;
                }
                if (!ids.add(id)) {
                    problems.add(Messages.bind(Messages.registry_duplicate, id, contributor));
                    continue;
                }
                sections.add(new Extension(element, id, title, contributor));
            }
        }
        for (String problem : problems) {
            log(problem, null);
        }
        sections.sort(Comparator.comparingInt(Contribution::order));
        return new SectionRegistry(sections, problems, DEFAULT_TIME_LIMIT);
    }

    /** @return the sections, in order */
    public List<Contribution> sections() {
        return sections;
    }

    /** @return one sentence per contribution that was skipped */
    public List<String> problems() {
        return problems;
    }

    /**
     * Logs a problem in the platform log (when there is one).
     *
     * @param message the message
     * @param cause   the exception, or {@code null}
     */
    public static void log(String message, Throwable cause) {
        try {
            ILog.of(SectionRegistry.class).log(new Status(cause == null ? Status.WARNING : Status.ERROR, "org.throughline.report", //$NON-NLS-1$
                    message, cause));
        } catch (RuntimeException | LinkageError e) {
            // Outside OSGi there is no log; the report itself still says what failed.
        }
    }

    private record Extension(IConfigurationElement element, String id, String title, String contributor) implements Contribution {

        @Override
        public boolean pack() {
            return Boolean.parseBoolean(element.getAttribute("pack")); //$NON-NLS-1$
        }

        @Override
        public int order() {
            try {
                String order = element.getAttribute("order"); //$NON-NLS-1$
                return order == null ? 100 : Integer.parseInt(order.trim());
            } catch (NumberFormatException e) {
                return 100;
            }
        }

        @Override
        public ReportSection create() throws CoreException {
            Object section = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (section instanceof ReportSection s) {
                return s;
            }
            throw new ClassCastException(Messages.bind(Messages.registry_notASection, element.getAttribute("class"))); //$NON-NLS-1$
        }
    }
}
