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
        if (idAttribute == null || eObject.eIsProxy()) {
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
        // A proxy stands for an element of another file (a fragment): its id is in its URI.
        if (idAttribute == null || eObject.eIsProxy()) {
            return;
        }
        String id = (String) eObject.eGet(idAttribute);
        if (id == null || id.isEmpty()) {
            eObject.eSet(idAttribute, EcoreUtil.generateUUID());
        } else if (duplicateId == null && getIntrinsicIDToEObjectMap().containsKey(id)) {
            duplicateId = id;
        }
    }

    /** Whether the quick reader read the file: it reads no references to other files. */
    private boolean readQuickly;

    /** Why this file of a fragmented model could not be read, or null when it was. */
    private String unavailable;

    /** @return whether the file was read by the quick reader, so it refers to no other file */
    boolean readQuickly() {
        return readQuickly;
    }

    /**
     * Marks this resource as a file that could not be read: it stays empty, counts as loaded (so
     * that nothing tries to read it again) and refuses to be saved.
     *
     * @param why the sentence that says why
     */
    void markUnavailable(String why) {
        unavailable = why;
        isLoaded = true;
    }

    /** @return why the file could not be read, or null when it was read */
    String unavailable() {
        return unavailable;
    }

    @Override
    protected EObject getEObjectByID(String id) {
        EObject found = super.getEObjectByID(id);
        if (found != null || isLoading() || getResourceSet() == null) {
            return found;
        }
        // An element of a fragmented model may live in another file of it (moved there, or looked up by
        // id from the main model, as diagrams and markers do): ids are unique across the model's files.
        for (org.eclipse.emf.ecore.resource.Resource other : getResourceSet().getResources()) {
            if (other != this && other instanceof ThroughlineResource file && !file.isLoading()) {
                EObject there = file.getIntrinsicIDToEObjectMap().get(id);
                if (there != null) {
                    return there;
                }
            }
        }
        return null;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        duplicateId = null;
        readQuickly = false;
        Object file = options == null ? null : options.get(LoadOptions.READ_FAST_FROM);
        if (file instanceof java.nio.file.Path path) {
            EObject root = ModelReader.read(this, inputStream, getIntrinsicIDToEObjectMap());
            if (root != null) {
                readQuickly = true;
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
    public void doSave(java.io.OutputStream outputStream, Map<?, ?> options) throws IOException {
        // A model with a fragment that could not be read is open for reading only: saving it would
        // write the main file without that fragment's elements, or an empty fragment over it.
        String refusal = unavailable != null ? unavailable : Fragments.refusal(getResourceSet());
        if (refusal != null) {
            throw new IOException(Messages.bind(Messages.fragment_notSaved, refusal));
        }
        super.doSave(outputStream, options);
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
