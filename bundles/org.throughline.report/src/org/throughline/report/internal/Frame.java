// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.throughline.report.api.Markup;

/**
 * The frame around every page of the HTML report: the head with its Content-Security-Policy
 * (only our own script and style, nothing inline, nothing from elsewhere), the navigation, the
 * search box, and the footer.
 */
public final class Frame {

    /** The policy: our own files only; SVG and charts are inline markup, which needs no permission. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; " //$NON-NLS-1$
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'"; //$NON-NLS-1$

    /** A link in the navigation. */
    public record NavLink(String page, String title) {
    }

    private final String modelName;
    private final List<NavLink> navigation;
    /** The page's foot, the same on every page. */
    private final String foot;
    /** The heads of pages, by their way back to the report's folder (pages are written on several threads). */
    private final Map<String, String[]> heads = new ConcurrentHashMap<>();

    /**
     * @param modelName  the model's name
     * @param navigation the pages linked from every page, relative to the report's folder
     * @param asAt       the date the model describes
     */
    public Frame(String modelName, List<NavLink> navigation, LocalDate asAt) {
        this.modelName = modelName;
        this.navigation = navigation;
        this.foot = "\n</main>\n<footer>" + Markup.escape(Messages.bind(Messages.frame_footer, Labels.date(asAt))) //$NON-NLS-1$
                + "</footer>\n</body>\n</html>\n"; //$NON-NLS-1$
    }

    /**
     * @param page   where to write
     * @param title  the page's title
     * @param prefix the way back to the report's folder, "" or "../"
     */
    public void begin(PageMarkup page, String title, String prefix) {
        String shortTitle = title.length() > 200 ? title.substring(0, 200) + "\u2026" : title; //$NON-NLS-1$
        String[] parts = heads.computeIfAbsent(prefix, this::head);
        page.trusted(parts[0]);
        page.text(shortTitle);
        page.trusted(parts[1]);
    }

    /**
     * The head of every page with the same way back to the report's folder, written once: what
     * comes before the page's title and what comes after it.
     */
    private String[] head(String prefix) {
        String shortModel = Markup.escape(modelName.length() > 120 ? modelName.substring(0, 120) + "\u2026" : modelName); //$NON-NLS-1$
        String before = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n" //$NON-NLS-1$
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\"/>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n" //$NON-NLS-1$
                + "<meta name=\"referrer\" content=\"no-referrer\"/>\n" //$NON-NLS-1$
                + "<title>"; //$NON-NLS-1$
        StringBuilder after = new StringBuilder(1024);
        after.append(" \u2014 ").append(shortModel).append("</title>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<link rel=\"stylesheet\" href=\"").append(prefix).append("assets/report.css\"/>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<script src=\"").append(prefix).append("assets/report.js\" defer=\"defer\"></script>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("</head>\n<body data-root=\"").append(prefix).append("\">\n<header class=\"top\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<a class=\"home\" href=\"").append(prefix).append("index.html\">").append(shortModel).append("</a>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("<nav>"); //$NON-NLS-1$
        for (NavLink link : navigation) {
            after.append("<a href=\"").append(prefix).append(link.page()).append("\">").append(Markup.escape(link.title())).append("</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        after.append("</nav><div class=\"search\"><input type=\"search\" id=\"search\" autocomplete=\"off\" placeholder=\"") //$NON-NLS-1$
                .append(Markup.escape(Messages.frame_search)).append("\" aria-label=\"").append(Markup.escape(Messages.frame_search)) //$NON-NLS-1$
                .append("\"/><ol id=\"search-results\" hidden=\"hidden\"></ol></div></header>\n<main>\n"); //$NON-NLS-1$
        return new String[] { before, after.toString() };
    }

    /** @param page where to write */
    public void end(PageMarkup page) {
        page.trusted(foot);
    }
}
