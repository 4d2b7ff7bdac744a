// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.internal.UnchangingModel;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.report.api.ReportSummary;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * Writes the HTML report into a folder, page by page as it goes (nothing is held but the page
 * being written and the diagrams being drawn): {@code index.html} (the overview), a page per
 * section, a page per element in {@code e/}, a page per diagram in {@code d/}, the catalogue of
 * elements, and in {@code assets/} the style sheet, the search script and the search index.
 * Diagrams are drawn on a worker thread while the pages are written.
 */
public final class HtmlReportWriter {

    /** The most diagrams of one kind drawn by default. */
    public static final int DEFAULT_MAX_DIAGRAMS_PER_KIND = 40;
    /** The most diagrams of one kind drawn for a model whose elements share pages. */
    public static final int LARGE_MODEL_DIAGRAMS_PER_KIND = 20;
    private static final int SEARCH_NAME = 160;
    /** How many pages of grouped elements a worker claims at a time. */
    private static final int PAGES_PER_CLAIM = 4;

    private final Model model;
    private final Path folder;
    private final IProgressMonitor monitor;
    private Steps steps;
    private final SectionRegistry sections;
    private final ViewpointRegistry viewpoints;
    private final int maxDiagramsPerKind;
    private final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Sections run in parallel; their failures are listed in the sections' order once all are done. */
    private final Map<String, String> sectionFailures = new java.util.concurrent.ConcurrentHashMap<>();
    private Run run;
    private Frame frame;
    private final AtomicInteger pages = new AtomicInteger();
    /** Each thread writes its pages with its own writer. */
    private final ThreadLocal<PageWriter> writers = ThreadLocal.withInitial(PageWriter::new);
    /** The next element page no worker has claimed yet. */
    private final AtomicInteger nextPage = new AtomicInteger();

    /**
     * @param model              the model
     * @param folder             the report's folder (created when missing)
     * @param monitor            progress and cancellation, or {@code null}
     * @param sections           the sections
     * @param viewpoints         the viewpoints whose diagrams to draw
     * @param maxDiagramsPerKind the most diagrams of one kind to draw
     */
    public HtmlReportWriter(Model model, Path folder, IProgressMonitor monitor, SectionRegistry sections, ViewpointRegistry viewpoints,
            int maxDiagramsPerKind) {
        // The report shows the model as it was known on its as-at date, nothing later.
        this.model = AsAt.view(model);
        this.folder = folder;
        this.monitor = monitor;
        this.sections = sections;
        this.viewpoints = viewpoints;
        this.maxDiagramsPerKind = maxDiagramsPerKind;
    }

    /**
     * @return what was written
     * @throws IOException when the folder cannot be written
     */
    public ReportSummary write() throws IOException {
        try {
            // The report's model stays as it is while it is written: its analyses share one walk of it.
            return UnchangingModel.during(model, this::writeAll);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ReportSummary writeAll() throws IOException {
        steps = new Steps(monitor, Messages.bind(Messages.progress_report, folder.getFileName()), sections.sections().size() + 5);
        nextPage.set(0);
        progress(Messages.progress_indexing);
        Files.createDirectories(folder.resolve("e")); //$NON-NLS-1$
        Files.createDirectories(folder.resolve("d")); //$NON-NLS-1$
        Files.createDirectories(folder.resolve("assets")); //$NON-NLS-1$
        copyAsset("report.css"); //$NON-NLS-1$
        copyAsset("report.js"); //$NON-NLS-1$
        // Sections, element pages and diagrams are independent: they are written on every core at once.
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "Throughline report"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The validation needs no index of ours: a worker runs it while this thread makes the catalogue.
            Future<ValidationResult> validation = workers.submit(() -> Validator.standard().validate(model, Validator.asAt(model)));
            Catalogue catalogue = new Catalogue(model);
            run = new Run(catalogue, false);
            run.setViewpoints(viewpoints);
            run.validating(validation);
            sections.problems().forEach(failed::add);
            // A model large enough to group its element pages gets fewer diagrams of each kind.
            int perKind = catalogue.perPage() > 1 ? Math.min(maxDiagramsPerKind, LARGE_MODEL_DIAGRAMS_PER_KIND) : maxDiagramsPerKind;
            List<Diagrams.Planned> planned = Diagrams.plan(viewpoints, catalogue, perKind, notes);
            List<Frame.NavLink> navigation = new ArrayList<>();
            navigation.add(new Frame.NavLink("diagrams.html", Messages.nav_diagrams)); //$NON-NLS-1$
            for (SectionRegistry.Contribution section : sections.sections()) {
                navigation.add(new Frame.NavLink(section.id() + ".html", section.title())); //$NON-NLS-1$
            }
            navigation.add(new Frame.NavLink("elements.html", Messages.nav_elements)); //$NON-NLS-1$
            frame = new Frame(Labels.label(model), navigation, run.asAt());
            List<Future<?>> work = new ArrayList<>();
            // The workers draw diagrams first: they need no findings, and most sections wait for
            // the validation this thread runs next (sections first left the workers waiting for it).
            progress(Messages.bind(Messages.progress_diagrams, Integer.valueOf(planned.size())));
            DiagramPages diagrams = new DiagramPages(planned);
            for (int i = 0; i < threads; i++) {
                work.add(workers.submit(() -> {
                    diagrams.write();
                    return null;
                }));
            }
            // Each section writes its own page, independently of the others.
            for (SectionRegistry.Contribution section : sections.sections()) {
                work.add(workers.submit(() -> {
                    progress(Messages.bind(Messages.progress_section, section.title()));
                    writeSection(section);
                    return null;
                }));
            }
            // The catalogue of elements and the search index need only the catalogue: written while the validation runs.
            writeCatalogue(catalogue);
            progress(Messages.progress_search);
            writeSearchIndex(catalogue);
            // Element pages show each element's findings: they start once the validation is done.
            progress(Messages.progress_validating);
            run.findings(model);
            progress(Messages.bind(Messages.progress_elements, Integer.valueOf(catalogue.elements().size())));
            for (int i = 0; i < threads; i++) {
                work.add(workers.submit(() -> {
                    writeElementPages(catalogue);
                    return null;
                }));
            }
            // Then this thread writes element pages and draws diagrams too, until none are left.
            writeElementPages(catalogue);
            diagrams.write();
            for (Future<?> future : work) {
                future.get();
            }
            for (SectionRegistry.Contribution section : sections.sections()) {
                if (sectionFailures.containsKey(section.id())) {
                    failed.add(sectionFailures.get(section.id()));
                }
            }
            List<Diagrams.Drawn> done = diagrams.done();
            page("diagrams.html", "", Messages.nav_diagrams, html -> diagramList(html, done)); //$NON-NLS-1$ //$NON-NLS-2$
            page("index.html", "", Labels.label(model), html -> Overview.write(html, run, sections, done, failed, notes)); //$NON-NLS-1$ //$NON-NLS-2$
            int drawnCount = (int) done.stream().filter(d -> d.note() == null).count();
            return new ReportSummary(folder.resolve("index.html"), pages.get(), drawnCount, List.copyOf(failed), List.copyOf(notes)); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OperationCanceledException cancelled) {
                throw cancelled;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        } finally {
            workers.shutdownNow();
            writers.remove();
            steps.done();
        }
    }

    /**
     * The diagrams' pages, written by the workers and the thread that started the report alike,
     * each claiming the next diagram not yet drawn. Each draws its diagrams while the model does
     * not change, so that the viewpoints' expressions remember what they computed (every element
     * of a class, who refers to what) from one diagram to the next instead of walking the whole
     * model for each.
     */
    private final class DiagramPages {
        private final List<Diagrams.Planned> planned;
        private final Diagrams diagrams = new Diagrams(model);
        /** What the threads drawing diagrams remember together: each element of a class found once, not once per thread. */
        private final ExpressionEngine.Memory memory = new ExpressionEngine.Memory();
        private final AtomicInteger next = new AtomicInteger();
        /** What was drawn, without the SVG, in the plan's order. */
        private final Diagrams.Drawn[] drawn;
        /** Why a diagram was not drawn, for the notes, in the plan's order. */
        private final String[] notDrawn;

        DiagramPages(List<Diagrams.Planned> planned) {
            this.planned = planned;
            this.drawn = new Diagrams.Drawn[planned.size()];
            this.notDrawn = new String[planned.size()];
        }

        /** Draws diagrams and writes their pages until none are left. */
        void write() throws IOException {
            ExpressionEngine.unchanging(memory, () -> {
                for (int i = next.getAndIncrement(); i < planned.size(); i = next.getAndIncrement()) {
                    Diagrams.Planned p = planned.get(i);
                    Diagrams.Drawn diagram = diagrams.draw(p);
                    page("d/" + p.page(), "../", diagram.name(), html -> diagramPage(html, diagram)); //$NON-NLS-1$ //$NON-NLS-2$
                    drawn[i] = new Diagrams.Drawn(p, diagram.name(), null, diagram.note(), List.of());
                    if (diagram.note() != null && diagram.svg() == null) {
                        notDrawn[i] = diagram.name() + ": " + diagram.note(); //$NON-NLS-1$
                    }
                }
                return null;
            });
        }

        /** @return the diagrams drawn, once all are; their notes are added to the report's notes */
        List<Diagrams.Drawn> done() {
            for (String note : notDrawn) {
                if (note != null) {
                    notes.add(note);
                }
            }
            return List.of(drawn);
        }
    }

    /**
     * Writes element pages until none are left: a page each, or pages of {@link Catalogue#GROUPED}
     * in a large model. The workers and the thread that started the report all do this, each
     * claiming a few pages at a time, so that they finish together.
     */
    private void writeElementPages(Catalogue catalogue) throws IOException {
        List<Element> elements = catalogue.elements();
        int perPage = catalogue.perPage();
        int claim = perPage == 1 ? PAGES_PER_CLAIM * Catalogue.GROUPED : PAGES_PER_CLAIM;
        for (int first = nextPage.getAndAdd(claim); (long) first * perPage < elements.size(); first = nextPage.getAndAdd(claim)) {
            for (int page = first; page < first + claim && (long) page * perPage < elements.size(); page++) {
                List<Element> group = elements.subList(page * perPage, Math.min(elements.size(), (page + 1) * perPage));
                writeElementPage(catalogue, group);
            }
        }
    }

    private void writeElementPage(Catalogue catalogue, List<Element> group) throws IOException {
        int perPage = catalogue.perPage();
        Element first = group.get(0);
        String title = perPage == 1 ? Labels.label(first)
                : Messages.bind(Messages.elements_group, Labels.label(first), Labels.label(group.get(group.size() - 1)));
        page(folder.resolve("e").resolve(catalogue.pageName(first)), "../", title, html -> { //$NON-NLS-1$ //$NON-NLS-2$
            for (Element element : group) {
                if (perPage > 1) {
                    html.open("article", "class", "element", "id", catalogue.anchor(element)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                ElementPage.write(html, run, element);
                if (perPage > 1) {
                    html.close();
                }
            }
        });
    }

    private void progress(String what) {
        steps.next(what);
    }

    private void copyAsset(String name) throws IOException {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("assets/" + name)) { //$NON-NLS-1$
            if (in == null) {
                throw new IOException("missing asset " + name); //$NON-NLS-1$
            }
            Files.copy(in, folder.resolve("assets").resolve(name), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
        }
    }

    /**
     * Writes a page with the writer of this thread.
     *
     * @param file    the page's file
     * @param prefix  the way from the page to the report's folder, "" or "../"
     * @param title   the page's title
     * @param content what the page holds
     */
    private void write(Path file, String prefix, String title, PageWriter.Content content) throws IOException {
        try {
            writers.get().page(file, frame, run, prefix, title, content);
        } catch (IOException | UncheckedIOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Writes a page and counts it. */
    private void page(Path file, String prefix, String title, PageWriter.Content content) throws IOException {
        write(file, prefix, title, content);
        pages.incrementAndGet();
    }

    private void page(String name, String prefix, String title, PageWriter.Content content) throws IOException {
        page(folder.resolve(name), prefix, title, content);
    }

    private void writeSection(SectionRegistry.Contribution section) throws IOException {
        Path file = folder.resolve(section.id() + ".html"); //$NON-NLS-1$
        // The section writes its page on its own thread. One cut off for taking too long may still be
        // writing when its failure is written, so it gets a writer of its own, abandoned then.
        PageWriter own = new PageWriter();
        String message;
        try {
            message = sections.write(section, instance -> own.page(file, frame, run, "", section.title(), html -> { //$NON-NLS-1$
                int depth = html.openElements();
                instance.writeHtml(run, html);
                while (html.openElements() > depth) {
                    html.close();
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (message != null) {
            own.abandon();
            sectionFailures.put(section.id(), message);
            write(file, "", section.title(), html -> { //$NON-NLS-1$
                html.element("h1", section.title()); //$NON-NLS-1$
                html.element("p", message, "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            });
        }
        pages.incrementAndGet();
    }

    private void writeCatalogue(Catalogue catalogue) throws IOException {
        page("elements.html", "", Messages.nav_elements, html -> { //$NON-NLS-1$ //$NON-NLS-2$
            html.element("h1", Messages.bind(Messages.elements_title, Integer.valueOf(catalogue.elements().size()))); //$NON-NLS-1$
            html.open("ul", "class", "types"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (Map.Entry<EClass, List<EObject>> entry : catalogue.byClass().entrySet()) {
                if (hasPages(entry)) {
                    html.open("li").open("a", "href", "#" + entry.getKey().getName()).text(ModelLabels.type(entry.getKey())).close() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            .text(" (" + entry.getValue().size() + ")").close(); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            html.close();
            for (Map.Entry<EClass, List<EObject>> entry : catalogue.byClass().entrySet()) {
                if (!hasPages(entry)) {
                    continue;
                }
                html.element("h2", ModelLabels.type(entry.getKey()) + " (" + entry.getValue().size() + ")", "id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        entry.getKey().getName());
                html.open("ul", "class", "catalogue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (EObject element : entry.getValue()) {
                    html.open("li").link(element).close(); //$NON-NLS-1$
                }
                html.close();
            }
        });
    }

    private boolean hasPages(Map.Entry<EClass, List<EObject>> entry) {
        return !entry.getValue().isEmpty() && run.catalogue().pageName(entry.getValue().get(0)) != null;
    }

    private void diagramPage(PageMarkup html, Diagrams.Drawn diagram) {
        html.element("h1", diagram.name()); //$NON-NLS-1$
        html.open("p", "class", "kind").text(diagram.planned().description().getLabel()).text(" \u00b7 ").link(diagram.planned().root()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .close();
        if (diagram.svg() != null) {
            html.open("figure", "class", "diagram"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.trusted(diagram.svg());
            html.close();
        } else {
            html.element("p", diagram.note(), "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!diagram.elements().isEmpty()) {
            html.element("h2", Messages.bind(Messages.diagrams_shows, Integer.valueOf(diagram.elements().size()))); //$NON-NLS-1$
            html.open("ul", "class", "catalogue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (EObject element : diagram.elements()) {
                html.open("li").link(element).text(" ").element("small", Labels.type(element)).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            html.close();
        }
    }

    private static void diagramList(PageMarkup html, List<Diagrams.Drawn> diagrams) {
        html.element("h1", Messages.nav_diagrams); //$NON-NLS-1$
        if (diagrams.isEmpty()) {
            html.element("p", Messages.diagrams_none); //$NON-NLS-1$
            return;
        }
        String kind = null;
        for (Diagrams.Drawn diagram : diagrams) {
            String label = diagram.planned().description().getLabel();
            if (!label.equals(kind)) {
                if (kind != null) {
                    html.close();
                }
                html.element("h2", label); //$NON-NLS-1$
                String documentation = diagram.planned().description().getDocumentation();
                if (documentation != null) {
                    html.element("p", documentation, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                html.open("ul", "class", "catalogue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kind = label;
            }
            html.open("li").element("a", diagram.name(), "href", "d/" + diagram.planned().page()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (diagram.note() != null) {
                html.text(" \u2014 ").element("small", diagram.note()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
        html.close();
    }

    /** The search index: a script that hands our search the pages, names, types and ids (escaped for a JavaScript string). */
    private void writeSearchIndex(Catalogue catalogue) throws IOException {
        writers.get().file(folder.resolve("assets").resolve("search-index.js"), out -> { //$NON-NLS-1$ //$NON-NLS-2$
            out.write("throughlineSearch.load([\n"); //$NON-NLS-1$
            boolean first = true;
            for (Element element : catalogue.elements()) {
                if (!first) {
                    out.write(",\n"); //$NON-NLS-1$
                }
                first = false;
                String name = Labels.label(element);
                out.write("[\""); //$NON-NLS-1$
                Catalogue.Place place = catalogue.place(element);
                out.write(js(place.link()));
                out.write("\",\""); //$NON-NLS-1$
                out.write(js(name.length() > SEARCH_NAME ? name.substring(0, SEARCH_NAME) + "\u2026" : name)); //$NON-NLS-1$
                out.write("\",\""); //$NON-NLS-1$
                out.write(js(Labels.type(element)));
                out.write("\",\""); //$NON-NLS-1$
                String id = element.getId() == null ? "" : element.getId(); //$NON-NLS-1$
                out.write(js(id.length() > SEARCH_NAME ? id.substring(0, SEARCH_NAME) : id));
                out.write("\"]"); //$NON-NLS-1$
            }
            out.write("\n]);\n"); //$NON-NLS-1$
        });
    }

    /**
     * @param text text
     * @return it escaped for a double-quoted JavaScript string: quotes, backslashes, controls,
     *         markup characters and line separators as \\u escapes
     */
    public static String js(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029
                    || c >= 0x7f && c < 0xa0 || Character.isSurrogate(c) && !validPair(text, i)) {
                escaped.append(String.format(Locale.ROOT, "\\u%04x", Integer.valueOf(Character.isSurrogate(c) && !validPair(text, i) //$NON-NLS-1$
                        ? 0xFFFD : c)));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
