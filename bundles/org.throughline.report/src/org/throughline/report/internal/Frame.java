// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;
import java.util.List;

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
    private final LocalDate asAt;

    /**
     * @param modelName  the model's name
     * @param navigation the pages linked from every page, relative to the report's folder
     * @param asAt       the date the model describes
     */
    public Frame(String modelName, List<NavLink> navigation, LocalDate asAt) {
        this.modelName = modelName;
        this.navigation = navigation;
        this.asAt = asAt;
    }

    /**
     * @param page   where to write
     * @param title  the page's title
     * @param prefix the way back to the report's folder, "" or "../"
     */
    public void begin(PageMarkup page, String title, String prefix) {
        String shortTitle = title.length() > 200 ? title.substring(0, 200) + "\u2026" : title; //$NON-NLS-1$
        String shortModel = modelName.length() > 120 ? modelName.substring(0, 120) + "\u2026" : modelName; //$NON-NLS-1$
        StringBuilder head = new StringBuilder(1024);
        head.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n") //$NON-NLS-1$
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\"/>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n") //$NON-NLS-1$
                .append("<meta name=\"referrer\" content=\"no-referrer\"/>\n") //$NON-NLS-1$
                .append("<title>").append(Markup.escape(shortTitle)).append(" \u2014 ").append(Markup.escape(shortModel)).append("</title>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("<link rel=\"stylesheet\" href=\"").append(prefix).append("assets/report.css\"/>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<script src=\"").append(prefix).append("assets/report.js\" defer=\"defer\"></script>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("</head>\n<body data-root=\"").append(prefix).append("\">\n<header class=\"top\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<a class=\"home\" href=\"").append(prefix).append("index.html\">").append(Markup.escape(shortModel)).append("</a>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("<nav>"); //$NON-NLS-1$
        for (NavLink link : navigation) {
            head.append("<a href=\"").append(prefix).append(link.page()).append("\">").append(Markup.escape(link.title())).append("</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        head.append("</nav><div class=\"search\"><input type=\"search\" id=\"search\" autocomplete=\"off\" placeholder=\"") //$NON-NLS-1$
                .append(Markup.escape(Messages.frame_search)).append("\" aria-label=\"").append(Markup.escape(Messages.frame_search)) //$NON-NLS-1$
                .append("\"/><ol id=\"search-results\" hidden=\"hidden\"></ol></div></header>\n<main>\n"); //$NON-NLS-1$
        page.trusted(head);
    }

    /** @param page where to write */
    public void end(PageMarkup page) {
        page.trusted("\n</main>\n<footer>" + Markup.escape(Messages.bind(Messages.frame_footer, Labels.date(asAt))) //$NON-NLS-1$
                + "</footer>\n</body>\n</html>\n"); //$NON-NLS-1$
    }
}
