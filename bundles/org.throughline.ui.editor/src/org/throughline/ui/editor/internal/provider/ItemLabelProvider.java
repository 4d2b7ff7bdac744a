// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.provider;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/**
 * A JFace label provider over EMF item providers: the text and the icon of each object come
 * from its {@link IItemLabelProvider}, except that Throughline's own icons ({@link ConceptIcons})
 * take the place of the generated ones; icons (URLs, or composed images for overlays) are
 * created once and disposed of with the provider.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final boolean namesOnly;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    /** @param adapterFactory the factory of item providers */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, false);
    }

    /**
     * @param adapterFactory the factory of item providers
     * @param namesOnly      whether a named element is shown by its name alone, its kind told by
     *                       its icon (the model tree and its outline, where every element's kind
     *                       is also one click away in Properties); an unnamed one is shown by its
     *                       kind, as everywhere
     */
    public ItemLabelProvider(AdapterFactory adapterFactory, boolean namesOnly) {
        this.adapterFactory = adapterFactory;
        this.namesOnly = namesOnly;
    }

    @Override
    public String getText(Object element) {
        if (namesOnly && element instanceof EObject eObject
                && eObject.eClass().getEStructuralFeature("name") instanceof EAttribute name //$NON-NLS-1$
                && eObject.eGet(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString(); //$NON-NLS-1$
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor designed = element instanceof EObject eObject ? ConceptIcons.of(eObject) : null;
        if (designed != null) {
            return images.create(designed);
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return image(labels.getImage(element));
        }
        return null;
    }

    /**
     * @param image an image object of an item provider: a URL, a {@link ComposedImage}, an
     *              {@link ImageDescriptor} or an SWT image
     * @return the SWT image, owned by this provider, or {@code null}
     */
    public Image image(Object image) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : images.create(descriptor);
    }

    /**
     * @param image an image object of an item provider
     * @return its descriptor, or {@code null} when it is of no kind known here
     */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof Image swtImage) {
            return ImageDescriptor.createFromImage(swtImage);
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            return new Overlay(composed);
        }
        return null;
    }

    /** The images of a composed image drawn on top of each other (an icon and its overlays). */
    private static final class Overlay extends CompositeImageDescriptor {
        private final List<ImageDescriptor> layers;

        Overlay(ComposedImage composed) {
            layers = composed.getImages().stream().map(ItemLabelProvider::descriptor).filter(d -> d != null).toList();
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            for (ImageDescriptor layer : layers) {
                drawImage(createCachedImageDataProvider(layer), 0, 0);
            }
        }

        @Override
        protected Point getSize() {
            if (layers.isEmpty()) {
                return new Point(16, 16);
            }
            ImageData data = layers.get(0).getImageData(100);
            return data == null ? new Point(16, 16) : new Point(data.width, data.height);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Overlay overlay && overlay.layers.equals(layers);
        }

        @Override
        public int hashCode() {
            return layers.hashCode();
        }
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
