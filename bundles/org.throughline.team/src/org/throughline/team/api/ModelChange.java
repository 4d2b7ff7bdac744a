// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

/**
 * One difference between two versions of a model, about one element.
 *
 * @param kind    what happened to the element
 * @param id      the element's id
 * @param type    the element's class, such as {@code Link}
 * @param name    the element's name (in the newer version when it has one), or {@code null}
 * @param feature for {@link Kind#CHANGED}, the feature that changed; for {@link Kind#MOVED} and
 *                {@link Kind#REORDERED}, the feature it sits in; otherwise {@code null}
 * @param before  the old value (a change), the old place (a move or a removal), the old position
 *                (a reordering), or {@code null}
 * @param after   the new value, the new place (a move or an addition), the new position, or
 *                {@code null}
 */
public record ModelChange(Kind kind, String id, String type, String name, String feature, String before, String after) {

    /** What happened to an element. */
    public enum Kind {
        /** The element is new. */
        ADDED,
        /** The element is gone, with what it contained. */
        REMOVED,
        /** The element sits in another element (or another feature of it). */
        MOVED,
        /** The element sits in the same place, in another order among its siblings. */
        REORDERED,
        /** A feature of the element has another value. */
        CHANGED;

        /** @return the word used in text, JSON and HTML output */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
