/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.throughline.model.Folder;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ThroughlinePackage;

/**
 * This is the item provider adapter for a {@link org.throughline.model.Folder} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FolderItemProvider extends ElementItemProvider {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FolderItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ThroughlinePackage.Literals.FOLDER__FOLDERS);
			childrenFeatures.add(ThroughlinePackage.Literals.FOLDER__ELEMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Folder.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Folder"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Folder)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Folder_type") :
			getString("_UI_Folder_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Folder.class)) {
			case ThroughlinePackage.FOLDER__FOLDERS:
			case ThroughlinePackage.FOLDER__ELEMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__FOLDERS,
				 ThroughlineFactory.eINSTANCE.createFolder()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createMission()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createPriority()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createOutcome()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createBenefit()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createTeam()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createBeneficiaryGroup()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createTier()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createDeliveryChain()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createLink()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createUserJourney()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createProgramme()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createProject()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createDependency()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createStocktake()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createAction()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createSupportOffer()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createRisk()));

		newChildDescriptors.add
			(createChildParameter
				(ThroughlinePackage.Literals.FOLDER__ELEMENTS,
				 ThroughlineFactory.eINSTANCE.createIssue()));
	}

}
