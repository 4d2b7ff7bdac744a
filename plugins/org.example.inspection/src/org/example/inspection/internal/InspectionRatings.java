// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Concept;
import org.throughline.model.Element;

/**
 * The analysis "Inspection ratings": the latest rating of every inspected provider or service,
 * worst first, with the open actions that address it.
 */
public final class InspectionRatings implements Analysis {

    @Override
    public AnalysisResult run(AnalysisInput input) {
        Map<Concept, Inspection> latest = new LinkedHashMap<>();
        List<Action> actions = new ArrayList<>();
        input.model().eAllContents().forEachRemaining(e -> {
            if (e instanceof Inspection inspection && inspection.getInspected() != null && inspection.getRating() != null) {
                latest.merge(inspection.getInspected(), inspection, InspectionRatings::later);
            } else if (e instanceof Action action
                    && (action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS)) {
                actions.add(action);
            }
        });
        if (latest.isEmpty()) {
            return new AnalysisResult(Messages.ratings_none, columns(), List.of());
        }
        List<Inspection> worstFirst = new ArrayList<>(latest.values());
        worstFirst.sort(Comparator.comparing((Inspection i) -> i.getRating().getValue()).reversed()
                .thenComparing(i -> i.getInspected().getName(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<AnalysisResult.Row> rows = new ArrayList<>();
        int belowGood = 0;
        int unaddressed = 0;
        for (Inspection inspection : worstFirst) {
            long open = actions.stream().filter(a -> addresses(a, inspection)).count();
            if (inspection.getRating().getValue() > Rating.GOOD_VALUE) {
                belowGood++;
            }
            if (inspection.getRating() == Rating.INADEQUATE && open == 0) {
                unaddressed++;
            }
            EObject container = inspection.eContainer();
            String regime = container instanceof InspectionRegime r ? r.getName() : ""; //$NON-NLS-1$
            rows.add(new AnalysisResult.Row(inspection.getInspected(), List.of(name(inspection.getInspected()),
                    label(inspection.getRating()), inspection.getDate() == null ? "" : inspection.getDate().toString(), //$NON-NLS-1$
                    regime == null ? "" : regime, Long.valueOf(open)))); //$NON-NLS-1$
        }
        String headline = Messages.bind(Messages.ratings_headline, new Object[] {Integer.valueOf(belowGood),
                Integer.valueOf(rows.size()), Integer.valueOf(unaddressed)});
        return new AnalysisResult(headline, columns(), rows);
    }

    private static List<String> columns() {
        return List.of(Messages.ratings_inspected, Messages.ratings_rating, Messages.ratings_date, Messages.ratings_regime,
                Messages.ratings_openActions);
    }

    private static Inspection later(Inspection a, Inspection b) {
        if (a.getDate() == null) {
            return b;
        }
        return b.getDate() != null && b.getDate().isAfter(a.getDate()) ? b : a;
    }

    private static boolean addresses(Action action, Inspection inspection) {
        return action.getAddresses().contains(inspection) || action.getAddresses().contains(inspection.getInspected());
    }

    private static String name(Element element) {
        return element.getName() == null ? element.getId() : element.getName();
    }

    /**
     * @param rating a rating
     * @return its name for people
     */
    public static String label(Rating rating) {
        return switch (rating) {
            case OUTSTANDING -> Messages.rating_OUTSTANDING;
            case GOOD -> Messages.rating_GOOD;
            case REQUIRES_IMPROVEMENT -> Messages.rating_REQUIRES_IMPROVEMENT;
            case INADEQUATE -> Messages.rating_INADEQUATE;
            default -> rating.getLiteral();
        };
    }
}
