// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.throughline.model.api.Isolation;
import org.throughline.model.internal.extensions.Contributions;
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
     * Creates a section and has it write its part through {@link Isolation}: a section that throws
     * or does not finish within the time limit is abandoned and reported as failed, so that one
     * plugin cannot hold up or break the whole report.
     *
     * @param section the contribution
     * @param writing what it writes
     * @return {@code null} when the section wrote its part, else one sentence that says which
     *         section failed and how (logged with its details)
     * @throws UncheckedIOException when the report itself could not be written
     */
    public String write(Contribution section, Writing writing) {
        return Isolation.run(() -> {
            writing.write(section.create());
            return Boolean.TRUE;
        }, timeLimit, Messages.bind(Messages.section_who, section.title(), section.contributor()), Messages.section_restWritten,
                UncheckedIOException.class).rethrow(UncheckedIOException.class).failure();
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
        List<String> problems = new ArrayList<>();
        List<Contribution> sections = new ArrayList<>(Contributions.read(EXTENSION_POINT, "section", SectionRegistry::read, //$NON-NLS-1$
                Contribution::id, (id, contributor) -> Messages.bind(Messages.registry_duplicate, id, contributor),
                (contributor, reason) -> Messages.bind(Messages.registry_malformed, contributor, reason), problems));
        for (String problem : problems) {
            log(problem, null);
        }
        sections.sort(Comparator.comparingInt(Contribution::order));
        return new SectionRegistry(sections, problems, DEFAULT_TIME_LIMIT);
    }

    private static Contribution read(IConfigurationElement element, String contributor) {
        String id = element.getAttribute("id"); //$NON-NLS-1$
        String title = element.getAttribute("title"); //$NON-NLS-1$
        if (id == null || !ID.matcher(id).matches() || title == null || element.getAttribute("class") == null) { //$NON-NLS-1$
            throw new IllegalArgumentException(Messages.bind(Messages.registry_needs, String.valueOf(id)));
        }
        return new Extension(element, id, title, contributor);
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
            return Contributions.number(element, "order", 100); //$NON-NLS-1$
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
