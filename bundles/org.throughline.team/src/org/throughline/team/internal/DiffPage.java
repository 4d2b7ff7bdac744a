// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.util.List;

import org.throughline.report.api.Markup;
import org.throughline.team.api.ModelChange;

/** The HTML page of a model diff: self-contained, no script, every value escaped. */
final class DiffPage {

    private DiffPage() {
    }

    static String write(String oldName, String newName, List<ModelChange> changes) {
        String title = Messages.bind(Messages.diff_htmlTitle, oldName, newName);
        StringBuilder page = new StringBuilder(4096 + changes.size() * 200);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n") //$NON-NLS-1$
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n") //$NON-NLS-1$
                .append("<title>").append(escape(title)).append("</title>\n<style>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#1b1b1b}") //$NON-NLS-1$
                .append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}") //$NON-NLS-1$
                .append(".added{background:#e6f4ea}.removed{background:#fce8e6}.moved,.reordered{background:#e8f0fe}.changed{background:#fef7e0}") //$NON-NLS-1$
                .append("code{font-size:.9em;color:#555}\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(changes.isEmpty() ? Messages.bind(Messages.diff_same, oldName, newName) : summary(changes)))
                .append("</p>\n"); //$NON-NLS-1$
        if (!changes.isEmpty()) {
            page.append("<table>\n<thead><tr><th>").append(escape(Messages.diff_htmlChange)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(escape(Messages.diff_htmlElement)).append("</th><th>").append(escape(Messages.diff_htmlFeature)) //$NON-NLS-1$
                    .append("</th><th>").append(escape(Messages.diff_htmlBefore)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(escape(Messages.diff_htmlAfter)).append("</th></tr></thead>\n<tbody>\n"); //$NON-NLS-1$
            for (ModelChange change : changes) {
                String word = change.kind().word();
                page.append("<tr class=\"").append(word).append("\"><td>").append(word).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(escape(DiffCommand.label(change))).append(" <code>").append(escape(change.id())).append("</code></td><td>") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(escape(change.feature())).append("</td><td>").append(escape(change.before())).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(escape(change.after())).append("</td></tr>\n"); //$NON-NLS-1$
            }
            page.append("</tbody>\n</table>\n"); //$NON-NLS-1$
        }
        return page.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
    }

    private static String summary(List<ModelChange> changes) {
        var counts = DiffCommand.counts(changes);
        return Messages.bind(Messages.diff_summary, new Object[] { Integer.valueOf(changes.size()),
                counts.get(ModelChange.Kind.ADDED), counts.get(ModelChange.Kind.REMOVED), counts.get(ModelChange.Kind.MOVED),
                counts.get(ModelChange.Kind.REORDERED), counts.get(ModelChange.Kind.CHANGED) });
    }

    /** Escaped as the reports' pages are, by the one HTML escaper. */
    static String escape(String text) {
        return text == null ? "" : Markup.escape(text); //$NON-NLS-1$
    }
}
