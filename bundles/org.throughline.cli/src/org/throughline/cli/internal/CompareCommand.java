// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.DeliveryChanges;
import org.throughline.analysis.api.DeliveryChanges.Change;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.JsonText;
import org.throughline.cli.api.Options;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.report.api.Markup;

/**
 * {@code throughline compare OLD NEW} and {@code throughline compare FILE --as-at D1 --as-at D2}:
 * what changed between two stocktakes in delivery terms ({@link DeliveryChanges}), as text, JSON
 * or an HTML page.
 */
public final class CompareCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json", "html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("compare").choice("--format", FORMATS.toArray(String[]::new)) //$NON-NLS-1$ //$NON-NLS-2$
                .repeatable(AsAtOption.NAME).parse(arguments);
        String format = given.value("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
        List<LocalDate> dates = new ArrayList<>();
        for (String date : given.all(AsAtOption.NAME)) {
            dates.add(AsAtOption.parse(date));
        }
        List<String> files = given.operands();
        Side before;
        Side after;
        if (files.size() == 2) {
            if (!dates.isEmpty()) {
                throw CliException.usage(CompareMessages.compare_asAtWithTwoFiles);
            }
            Model old = context.loadModel(files.get(0));
            Model current = context.loadModel(files.get(1));
            before = new Side(files.get(0), AsAt.view(old), AsAt.of(old));
            after = new Side(files.get(1), AsAt.view(current), AsAt.of(current));
        } else if (files.size() == 1) {
            if (dates.size() != 2) {
                throw CliException.usage(CompareMessages.compare_asAtTwice);
            }
            Model model = context.loadModel(files.get(0));
            LocalDate first = dates.get(0).isAfter(dates.get(1)) ? dates.get(1) : dates.get(0);
            LocalDate second = first == dates.get(0) ? dates.get(1) : dates.get(0);
            before = new Side(files.get(0), AsAt.view(model, first), first);
            after = new Side(files.get(0), AsAt.view(model, second), second);
        } else {
            throw CliException.usage(CompareMessages.compare_files);
        }
        List<Change> changes;
        try {
            changes = DeliveryChanges.between(before.model(), before.date(), after.model(), after.date());
        } catch (AnalysisException e) {
            throw CliException.usage(e.getMessage());
        }
        String headline = new java.text.MessageFormat(CompareMessages.compare_headline, java.util.Locale.ROOT)
                .format(new Object[] { before.describe(), after.describe(), Integer.valueOf(changes.size()) });
        switch (format) {
            case "json" -> context.out().print(JsonText.write(json(before, after, changes))); //$NON-NLS-1$
            case "html" -> context.out().print(html(headline, changes)); //$NON-NLS-1$
            default -> context.out().print(text(headline, changes));
        }
        return ExitCode.OK;
    }

    /** One side of the comparison: a file seen as at a date. */
    private record Side(String file, Model model, LocalDate date) {
        String describe() {
            return CompareMessages.bind(CompareMessages.compare_side, file, date);
        }
    }

    private static String text(String headline, List<Change> changes) {
        StringBuilder out = new StringBuilder(headline).append('\n');
        DeliveryChanges.Kind kind = null;
        for (Change change : changes) {
            if (change.kind() != kind) {
                kind = change.kind();
                out.append('\n').append(kind.label()).append('\n');
            }
            out.append("  ").append(change.text()); //$NON-NLS-1$
            if (change.worse() != null) {
                out.append(" (").append(change.worse() ? CompareMessages.compare_worse : CompareMessages.compare_better).append(')'); //$NON-NLS-1$
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> json(Side before, Side after, List<Change> changes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("before", side(before)); //$NON-NLS-1$
        root.put("after", side(after)); //$NON-NLS-1$
        List<Object> list = new ArrayList<>();
        for (Change change : changes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
            item.put("id", change.element() instanceof Element e ? e.getId() : null); //$NON-NLS-1$
            item.put("name", change.name()); //$NON-NLS-1$
            item.put("before", change.before()); //$NON-NLS-1$
            item.put("after", change.after()); //$NON-NLS-1$
            item.put("worse", change.worse()); //$NON-NLS-1$
            list.add(item);
        }
        root.put("changes", list); //$NON-NLS-1$
        return root;
    }

    private static Map<String, Object> side(Side side) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", side.file()); //$NON-NLS-1$
        map.put("asAt", side.date().toString()); //$NON-NLS-1$
        return map;
    }

    private static String html(String headline, List<Change> changes) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>") //$NON-NLS-1$
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>") //$NON-NLS-1$
                .append("<title>").append(Markup.escape(CompareMessages.compare_title)).append("</title>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}") //$NON-NLS-1$
                .append(".worse{color:#a00}.better{color:#070}</style></head><body>\n") //$NON-NLS-1$
                .append("<h1>").append(Markup.escape(CompareMessages.compare_title)).append("</h1>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<p>").append(Markup.escape(headline)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        DeliveryChanges.Kind kind = null;
        for (Change change : changes) {
            if (change.kind() != kind) {
                out.append(kind == null ? "" : "</ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$
                kind = change.kind();
                out.append("<h2>").append(Markup.escape(kind.label())).append("</h2>\n<ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append("<li>").append(Markup.escape(change.text())); //$NON-NLS-1$
            if (change.worse() != null) {
                String word = change.worse() ? CompareMessages.compare_worse : CompareMessages.compare_better;
                out.append(" <span class=\"").append(change.worse() ? "worse" : "better").append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .append(Markup.escape(word)).append("</span>"); //$NON-NLS-1$
            }
            out.append("</li>\n"); //$NON-NLS-1$
        }
        out.append(kind == null ? "" : "</ul>\n").append("</body></html>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return out.toString();
    }

    @Override
    public String usage() {
        return CompareMessages.compare_usage;
    }
}
