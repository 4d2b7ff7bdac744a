// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.internal.ChangeWords;
import org.throughline.analysis.internal.Judgements;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.model.edit.api.ModelLabels;

/**
 * What changed between two stocktakes, in delivery terms: likelihood judgements, link
 * strengths, indicators' standing against their trajectories (as the trajectory analysis judges
 * it on each side's date), actions agreed and closed, and actors and links added or removed.
 * The two sides are two models (two files, or one model as known on two dates); elements are
 * matched by id, so a rename is not a change of element.
 *
 * @since 0.1
 */
public final class DeliveryChanges {

    private DeliveryChanges() {
    }

    /** What kind of change, in the order they are listed. */
    public enum Kind {
        /** A likelihood-of-delivery judgement made or changed. */
        JUDGEMENT,
        /** An indicator moved on or off its trajectory. */
        TRAJECTORY,
        /** A link judged stronger or weaker. */
        LINK_STRENGTH,
        /** An action agreed. */
        ACTION_AGREED,
        /** An action done or cancelled (or no longer in the model). */
        ACTION_CLOSED,
        /** An actor added to the model. */
        ACTOR_ADDED,
        /** An actor removed from the model. */
        ACTOR_REMOVED,
        /** A link added to the model. */
        LINK_ADDED,
        /** A link removed from the model. */
        LINK_REMOVED;

        /** @return the kind's heading, for people */
        public String label() {
            return ChangeWords.kind(this.ordinal());
        }
    }

    /**
     * One change.
     *
     * @param kind    what kind
     * @param element the element, from the newer side (from the older when it was removed)
     * @param name    its name
     * @param before  how it stood before, or {@code null}
     * @param after   how it stands now, or {@code null}
     * @param worse   whether delivery is worse for it ({@code null} when neither)
     */
    public record Change(Kind kind, EObject element, String name, String before, String after, Boolean worse) {

        /** @return the change in one line: "name: before → after" */
        public String text() {
            if (before == null && after == null) {
                return name;
            }
            if (before == null) {
                return name + ": " + after; //$NON-NLS-1$
            }
            if (after == null) {
                return name + ": " + before; //$NON-NLS-1$
            }
            return name + ": " + before + " \u2192 " + after; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * What changed between two versions of a model, each seen as at its own date ({@link AsAt#of}):
     * a stocktake's version (a file kept then, or a Git commit) against the model now.
     *
     * @param before the older version
     * @param after  the newer version
     * @return the changes, by kind, then by name
     * @throws AnalysisException when the trajectory analysis cannot answer on either side
     */
    public static List<Change> since(Model before, Model after) throws AnalysisException {
        return between(AsAt.view(before), AsAt.of(before), AsAt.view(after), AsAt.of(after));
    }

    /**
     * @param before the older model
     * @param since  the date the older model describes (its as-at date)
     * @param after  the newer model
     * @param now    the date the newer model describes
     * @return the changes, by kind, then by name
     * @throws AnalysisException when the trajectory analysis cannot answer on either side
     */
    public static List<Change> between(Model before, LocalDate since, Model after, LocalDate now) throws AnalysisException {
        Map<String, EObject> old = index(before);
        Map<String, EObject> current = index(after);
        List<Change> changes = new ArrayList<>();
        judgements(before, since, after, now, changes);
        trajectories(before, since, after, now, changes);
        for (Map.Entry<String, EObject> entry : current.entrySet()) {
            EObject was = old.get(entry.getKey());
            EObject is = entry.getValue();
            if (is instanceof Link link && was instanceof Link previous && previous.getStrength() != link.getStrength()) {
                changes.add(new Change(Kind.LINK_STRENGTH, link, name(link), label(previous.getStrength()), label(link.getStrength()),
                        Boolean.valueOf(weakness(link.getStrength()) < weakness(previous.getStrength()))));
            }
            if (is instanceof Action action) {
                if (!(was instanceof Action)) {
                    changes.add(new Change(Kind.ACTION_AGREED, action, name(action), null, agreed(action), null));
                } else if (was instanceof Action previous && open(previous) && !open(action)) {
                    changes.add(new Change(Kind.ACTION_CLOSED, action, name(action), null, label(action.getStatus()), null));
                }
            }
            added(was, is, Actor.class::isInstance, Kind.ACTOR_ADDED, changes);
            added(was, is, Link.class::isInstance, Kind.LINK_ADDED, changes);
        }
        for (Map.Entry<String, EObject> entry : old.entrySet()) {
            if (current.containsKey(entry.getKey())) {
                continue;
            }
            EObject was = entry.getValue();
            if (was instanceof Actor) {
                changes.add(new Change(Kind.ACTOR_REMOVED, was, name(was), null, null, null));
            } else if (was instanceof Link) {
                changes.add(new Change(Kind.LINK_REMOVED, was, name(was), null, null, null));
            } else if (was instanceof Action action && open(action)) {
                changes.add(new Change(Kind.ACTION_CLOSED, was, name(was), null, ChangeWords.removed(), null));
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::name, String.CASE_INSENSITIVE_ORDER));
        return changes;
    }

    private static void added(EObject was, EObject is, Predicate<EObject> kind, Kind change, List<Change> changes) {
        if (was == null && kind.test(is)) {
            changes.add(new Change(change, is, name(is), null, null, null));
        }
    }

    private static void judgements(Model before, LocalDate since, Model after, LocalDate now, List<Change> changes) {
        Map<String, Assessment> old = latestJudgements(before, since);
        for (Map.Entry<String, Assessment> entry : latestJudgements(after, now).entrySet()) {
            Assessment latest = entry.getValue();
            Assessment previous = old.get(entry.getKey());
            if (previous != null && Objects.equals(id(previous), id(latest))) {
                continue;
            }
            String was = previous == null ? null : ChangeWords.judged(label(previous.getRating()), previous.getDate());
            String is = ChangeWords.judged(label(latest.getRating()), latest.getDate());
            Boolean worse = previous == null || severity(latest) == severity(previous) ? null
                    : Boolean.valueOf(severity(latest) > severity(previous));
            changes.add(new Change(Kind.JUDGEMENT, latest.getSubject(), name(latest.getSubject()), was, is, worse));
        }
    }

    /** @return for each subject's id, its latest judgement with a date on or before the date */
    private static Map<String, Assessment> latestJudgements(Model model, LocalDate date) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        for (Assessment assessment : all(model, Assessment.class)) {
            if (assessment.getSubject() == null || assessment.getDate() == null || assessment.getRating() == null
                    || assessment.getDate().isAfter(date)) {
                continue;
            }
            String subject = id(assessment.getSubject());
            Assessment known = latest.get(subject);
            if (known == null || !assessment.getDate().isBefore(known.getDate())) {
                latest.put(subject, assessment);
            }
        }
        return latest;
    }

    private static void trajectories(Model before, LocalDate since, Model after, LocalDate now, List<Change> changes)
            throws AnalysisException {
        Map<String, String> old = standing(before, since);
        Map<String, String> current = standing(after, now);
        for (Indicator indicator : all(after, Indicator.class)) {
            String is = current.get(id(indicator));
            String was = old.get(id(indicator));
            if (is != null && !is.equals(was)) {
                Boolean worse = null;
                if (ChangeWords.offTrack(is) != ChangeWords.offTrack(was)) {
                    worse = Boolean.valueOf(ChangeWords.offTrack(is));
                }
                changes.add(new Change(Kind.TRAJECTORY, indicator, name(indicator), was, is, worse));
            }
        }
    }

    /** @return each indicator's standing as the trajectory analysis judges it on the date */
    private static Map<String, String> standing(Model model, LocalDate date) throws AnalysisException {
        AnalysisResult result = Judgements.trajectories().run(new AnalysisInput(model, null, date));
        Map<String, String> standing = new LinkedHashMap<>();
        int status = result.columns().indexOf(ChangeWords.statusColumn());
        for (AnalysisResult.Row row : result.rows()) {
            if (row.element() != null && status >= 0) {
                standing.put(id(row.element()), AnalysisResult.text(row.cells().get(status)));
            }
        }
        return standing;
    }

    private static boolean open(Action action) {
        return action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS;
    }

    private static String agreed(Action action) {
        return action.getDueDate() == null ? label(action.getStatus()) : ChangeWords.due(action.getDueDate());
    }

    private static int severity(Assessment assessment) {
        return switch (assessment.getRating()) {
            case RED -> 4;
            case AMBER_RED -> 3;
            case AMBER_GREEN -> 2;
            case GREEN -> 1;
            default -> 0;
        };
    }

    private static int weakness(Enumerator strength) {
        if (strength == null) {
            return 2;
        }
        return switch (strength.getName()) {
            case "BROKEN" -> 0; //$NON-NLS-1$
            case "WEAK" -> 1; //$NON-NLS-1$
            case "STRONG" -> 4; //$NON-NLS-1$
            case "ADEQUATE" -> 3; //$NON-NLS-1$
            default -> 2;
        };
    }

    private static Map<String, EObject> index(Model model) {
        Map<String, EObject> byId = new LinkedHashMap<>();
        for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof Element element && element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
        }
        return byId;
    }

    private static <T> List<T> all(Model model, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }

    private static String id(EObject element) {
        return element instanceof Element e && e.getId() != null ? e.getId() : String.valueOf(System.identityHashCode(element));
    }

    private static String name(EObject element) {
        return element instanceof Element e && e.getName() != null && !e.getName().isBlank() ? e.getName() : id(element);
    }

    private static String label(Enumerator value) {
        return ModelLabels.inSentence(value);
    }
}
