// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

/**
 * A change of ours and a change of theirs that cannot both land; the merged model keeps ours.
 *
 * @param kind    why they cannot both land
 * @param id      the element's id
 * @param type    the element's class
 * @param name    the element's name, or {@code null}
 * @param feature the feature both changed, or {@code null} when the conflict is about the whole
 *                element (deleted on one side, changed on the other)
 * @param base    the value in the common version, as a person reads it ({@code null}: none)
 * @param ours    our value (kept)
 * @param theirs  their value (not applied)
 */
public record MergeConflict(Kind kind, String id, String type, String name, String feature, String base, String ours,
        String theirs) {

    /** Why two changes cannot both land. */
    public enum Kind {
        /** Both sides gave one feature different values. */
        BOTH_CHANGED,
        /** We changed the element (or something in it), they deleted it. */
        CHANGED_BY_US_DELETED_BY_THEM,
        /** We deleted the element, they changed it (or added something into it). */
        DELETED_BY_US_CHANGED_BY_THEM,
        /** Their value refers to an element we deleted. */
        REFERENCE_TO_DELETED,
        /** Both sides moved the element, to different places. */
        BOTH_MOVED;

        /** @return the word used in JSON output */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
