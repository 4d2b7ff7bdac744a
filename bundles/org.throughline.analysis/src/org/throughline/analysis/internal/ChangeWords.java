// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

/** The words of {@link org.throughline.analysis.api.DeliveryChanges}, from {@code changes.properties}. */
public final class ChangeWords extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.analysis.internal.changes"; //$NON-NLS-1$

    public static String kind_judgement;
    public static String kind_trajectory;
    public static String kind_linkStrength;
    public static String kind_actionAgreed;
    public static String kind_actionClosed;
    public static String kind_actorAdded;
    public static String kind_actorRemoved;
    public static String kind_linkAdded;
    public static String kind_linkRemoved;
    public static String change_judged;
    public static String change_due;
    public static String change_removed;
    public static String change_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ChangeWords.class);
    }

    private ChangeWords() {
    }

    /**
     * @param ordinal a {@link org.throughline.analysis.api.DeliveryChanges.Kind}'s ordinal
     * @return its heading
     */
    public static String kind(int ordinal) {
        String[] kinds = { kind_judgement, kind_trajectory, kind_linkStrength, kind_actionAgreed, kind_actionClosed, kind_actorAdded,
                kind_actorRemoved, kind_linkAdded, kind_linkRemoved };
        return kinds[ordinal];
    }

    /** @return "red (judged on 2025-04-10)" */
    public static String judged(String rating, LocalDate date) {
        return bind(change_judged, rating, date);
    }

    /** @return "due 2025-06-30" */
    public static String due(LocalDate date) {
        return bind(change_due, date);
    }

    /** @return what a closed action that left the model says */
    public static String removed() {
        return change_removed;
    }

    /** @return the trajectory analysis's status column title */
    public static String statusColumn() {
        return Messages.column_status;
    }

    /** @return whether the trajectory analysis's status says off track */
    public static boolean offTrack(String status) {
        return Messages.status_off.equals(status);
    }
}
