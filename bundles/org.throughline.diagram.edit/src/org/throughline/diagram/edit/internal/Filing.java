// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.throughline.model.Concept;
import org.throughline.model.Folder;
import org.throughline.model.Model;

/**
 * Where a concept drawn on a diagram is filed: a modeller who keeps the organisations of a model in
 * a folder "Organisations" finds a new organisation there, not loose at the model's top level.
 */
public final class Filing {

    private Filing() {
    }

    /**
     * @param model a model
     * @param type  the class of a new concept
     * @return the folder (at any depth) that holds the most concepts of exactly that class, the
     *         first such in the tree on a tie; {@code null} when the model files more of them at its
     *         top level than in any one folder, or none anywhere
     */
    public static Folder folderFor(Model model, EClass type) {
        Map<Folder, Integer> counts = new LinkedHashMap<>();
        count(model.getFolders(), type, counts);
        int loose = count(model.getElements(), type);
        Folder best = null;
        int most = loose;
        for (Map.Entry<Folder, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }

    private static void count(List<Folder> folders, EClass type, Map<Folder, Integer> counts) {
        for (Folder folder : folders) {
            counts.put(folder, count(folder.getElements(), type));
            count(folder.getFolders(), type, counts);
        }
    }

    private static int count(List<Concept> concepts, EClass type) {
        int n = 0;
        for (Concept concept : concepts) {
            if (concept.eClass() == type) {
                n++;
            }
        }
        return n;
    }
}
