// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;

/**
 * A separate program for crash tests: saves two versions of a model to one file, alternately,
 * for ever, printing {@code saving} before the first save. The test kills it mid-save and then
 * checks the file.
 * <p>
 * Arguments: the file, the size of version A, the size of version B.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /**
     * @param arguments file, size A, size B
     * @throws Exception on any failure, which ends the program
     */
    public static void main(String[] arguments) throws Exception {
        Path file = Path.of(arguments[0]);
        Model a = ModelGenerator.generate(Integer.parseInt(arguments[1]), 1);
        a.setName("Version A");
        Model b = ModelGenerator.generate(Integer.parseInt(arguments[2]), 2);
        b.setName("Version B");
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Resource resource = ModelFiles.create(resourceSet, file);
        System.out.println("saving");
        System.out.flush();
        for (long i = 0;; i++) {
            resource.getContents().clear();
            resource.getContents().add(i % 2 == 0 ? a : b);
            ModelFiles.save(resource);
        }
    }
}
