// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram editor's user-visible texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.ui.diagram.internal.messages"; //$NON-NLS-1$

    public static String viewer_noSource;
    public static String access_diagram;
    public static String access_node;
    public static String access_edge;
    public static String access_help;
    public static String legend_hide;
    public static String editor_kindsHint;
    public static String editor_paletteKey;
    public static String legend_show;
    public static String viewer_cannotConnect;
    public static String editor_select;
    public static String editor_palette;
    public static String editor_zoomIn;
    public static String editor_zoomOut;
    public static String editor_zoomFit;
    public static String editor_fit;
    public static String editor_zoom100;
    public static String editor_grid;
    public static String editor_layoutAll;
    public static String editor_layoutSelection;
    public static String editor_layers;
    public static String editor_filters;
    public static String editor_noLayers;
    public static String editor_noFilters;
    public static String editor_exportSvg;
    public static String editor_exportPng;
    public static String editor_exported;
    public static String editor_exportFailed;
    public static String editor_delete;
    public static String editor_rename;
    public static String editor_status;
    public static String editor_toolHint;
    public static String editor_edgeToolHint;
    public static String editor_connectingHint;
    public static String page_newDiagram;
    public static String page_newDiagramTitle;
    public static String page_newDiagramMessage;
    public static String page_viewpoint;
    public static String page_root;
    public static String page_name;
    public static String page_noRoot;
    public static String page_newRoot;
    public static String page_newRootName;
    public static String page_cannotOpen;
    public static String page_cannotRead;
    public static String page_cannotSave;
    public static String page_missingRoot;
    public static String page_unknownDescription;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
