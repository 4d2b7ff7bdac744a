// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.throughline.model.api.AtomicFiles;

/**
 * A {@code .throughline} file: XMI in which every element carries its own stable id (the
 * {@code id} attribute) and references are written as ids, so that renames, diagrams, diffs and
 * merges all survive.
 * <ul>
 * <li>Loading is linear: ids resolve through a hash map after parsing, with a pooled, hardened
 * parser (see {@link LoadOptions}).</li>
 * <li>An element added without an id, or with the id of another element already in the file
 * (a copy), gets a fresh one.</li>
 * <li>{@link #save(Map)} to a local file is atomic and keeps the previous version as a backup
 * (see {@link org.throughline.model.api.AtomicFiles}).</li>
 * </ul>
 */
public class ThroughlineResource extends XMIResourceImpl {

    /** @param uri where the resource lives */
    public ThroughlineResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(LoadOptions.defaults());
        getDefaultSaveOptions().putAll(SaveOptions.defaults());
    }

    @Override
    protected boolean useIDs() {
        // Ids are intrinsic (an attribute of each element), not XMI's extrinsic ids.
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new HardenedXmlLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    /** Set while the tree {@link ModelReader} read is attached: it has registered every id itself. */
    private boolean attachingRead;

    @Override
    public void attached(EObject eObject) {
        if (!attachingRead) {
            super.attached(eObject);
        }
    }

    /** The first id found twice while attaching a loaded tree; reported when the load ends. */
    private String duplicateId;

    @Override
    protected void attachedHelper(EObject eObject) {
        if (isLoading()) {
            checkIdAfterLoad(eObject);
        } else {
            giveIdIfMissingOrTaken(eObject);
        }
        super.attachedHelper(eObject);
    }

    private void giveIdIfMissingOrTaken(EObject eObject) {
        EAttribute idAttribute = eObject.eClass().getEIDAttribute();
        if (idAttribute == null) {
            return;
        }
        Object id = eObject.eGet(idAttribute);
        EObject holder = id == null ? null : getIntrinsicIDToEObjectMap().get(id);
        if (id == null || id.toString().isEmpty() || (holder != null && holder != eObject)) {
            eObject.eSet(idAttribute, EcoreUtil.generateUUID());
        }
    }

    /**
     * The loaded tree is attached once, at the end of the load (deferred attachment): that one
     * pass gives an id to elements written without one (by hand or by an importer) and finds
     * ids used twice, which would make references to them ambiguous.
     */
    private void checkIdAfterLoad(EObject eObject) {
        EAttribute idAttribute = eObject.eClass().getEIDAttribute();
        if (idAttribute == null) {
            return;
        }
        String id = (String) eObject.eGet(idAttribute);
        if (id == null || id.isEmpty()) {
            eObject.eSet(idAttribute, EcoreUtil.generateUUID());
        } else if (duplicateId == null && getIntrinsicIDToEObjectMap().containsKey(id)) {
            duplicateId = id;
        }
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        duplicateId = null;
        Object file = options == null ? null : options.get(LoadOptions.READ_FAST_FROM);
        if (file instanceof java.nio.file.Path path) {
            EObject root = ModelReader.read(this, inputStream, getIntrinsicIDToEObjectMap());
            if (root != null) {
                // The reader gave every element its id and put it in the map already: no walk of the tree.
                attachingRead = true;
                try {
                    getContents().add(root);
                } finally {
                    attachingRead = false;
                }
            } else {
                try (InputStream again = java.nio.file.Files.newInputStream(path)) {
                    super.doLoad(again, options);
                }
            }
        } else {
            super.doLoad(inputStream, options);
        }
        if (duplicateId != null) {
            throw new DuplicateIdException(duplicateId);
        }
    }

    /** Two elements of one file share an id. */
    static final class DuplicateIdException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String id;

        DuplicateIdException(String id) {
            super("duplicate id " + id); //$NON-NLS-1$
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI uri = getURI();
        if (uri == null || !uri.isFile()) {
            super.save(options);
            return;
        }
        java.nio.file.Path target = java.nio.file.Path.of(uri.toFileString());
        AtomicFiles.writeKeepingBackup(target, out -> save(out, options));
    }
}
