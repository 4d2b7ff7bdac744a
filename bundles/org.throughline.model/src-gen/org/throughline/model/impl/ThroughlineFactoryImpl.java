/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.throughline.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ThroughlineFactoryImpl extends EFactoryImpl implements ThroughlineFactory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ThroughlineFactory init() {
		try {
			ThroughlineFactory theThroughlineFactory = (ThroughlineFactory)EPackage.Registry.INSTANCE.getEFactory(ThroughlinePackage.eNS_URI);
			if (theThroughlineFactory != null) {
				return theThroughlineFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ThroughlineFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThroughlineFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ThroughlinePackage.PROPERTY: return createProperty();
			case ThroughlinePackage.MODEL: return createModel();
			case ThroughlinePackage.FOLDER: return createFolder();
			case ThroughlinePackage.MISSION: return createMission();
			case ThroughlinePackage.PRIORITY: return createPriority();
			case ThroughlinePackage.OUTCOME: return createOutcome();
			case ThroughlinePackage.OUTCOME_CONTRIBUTION: return createOutcomeContribution();
			case ThroughlinePackage.BENEFIT: return createBenefit();
			case ThroughlinePackage.INDICATOR: return createIndicator();
			case ThroughlinePackage.BASELINE: return createBaseline();
			case ThroughlinePackage.TARGET: return createTarget();
			case ThroughlinePackage.TRAJECTORY: return createTrajectory();
			case ThroughlinePackage.TRAJECTORY_POINT: return createTrajectoryPoint();
			case ThroughlinePackage.OBSERVATION: return createObservation();
			case ThroughlinePackage.ORGANISATION: return createOrganisation();
			case ThroughlinePackage.ROLE: return createRole();
			case ThroughlinePackage.PERSON: return createPerson();
			case ThroughlinePackage.TEAM: return createTeam();
			case ThroughlinePackage.BENEFICIARY_GROUP: return createBeneficiaryGroup();
			case ThroughlinePackage.TIER: return createTier();
			case ThroughlinePackage.DELIVERY_CHAIN: return createDeliveryChain();
			case ThroughlinePackage.LINK: return createLink();
			case ThroughlinePackage.SERVICE: return createService();
			case ThroughlinePackage.PROCESS_STEP: return createProcessStep();
			case ThroughlinePackage.USER_JOURNEY: return createUserJourney();
			case ThroughlinePackage.PROGRAMME: return createProgramme();
			case ThroughlinePackage.PROJECT: return createProject();
			case ThroughlinePackage.MILESTONE: return createMilestone();
			case ThroughlinePackage.DEPENDENCY: return createDependency();
			case ThroughlinePackage.STOCKTAKE: return createStocktake();
			case ThroughlinePackage.ASSESSMENT: return createAssessment();
			case ThroughlinePackage.CRITERION_RATING: return createCriterionRating();
			case ThroughlinePackage.ACTION: return createAction();
			case ThroughlinePackage.SUPPORT_OFFER: return createSupportOffer();
			case ThroughlinePackage.RISK: return createRisk();
			case ThroughlinePackage.ISSUE: return createIssue();
			case ThroughlinePackage.VALIDATION_SETTINGS: return createValidationSettings();
			case ThroughlinePackage.SUPPRESSION: return createSuppression();
			case ThroughlinePackage.SEVERITY_OVERRIDE: return createSeverityOverride();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ThroughlinePackage.EVIDENCE_STRENGTH:
				return createEvidenceStrengthFromString(eDataType, initialValue);
			case ThroughlinePackage.POLARITY:
				return createPolarityFromString(eDataType, initialValue);
			case ThroughlinePackage.FREQUENCY:
				return createFrequencyFromString(eDataType, initialValue);
			case ThroughlinePackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case ThroughlinePackage.ROLE_KIND:
				return createRoleKindFromString(eDataType, initialValue);
			case ThroughlinePackage.LINK_KIND:
				return createLinkKindFromString(eDataType, initialValue);
			case ThroughlinePackage.LINK_STRENGTH:
				return createLinkStrengthFromString(eDataType, initialValue);
			case ThroughlinePackage.PERIOD:
				return createPeriodFromString(eDataType, initialValue);
			case ThroughlinePackage.DELIVERY_STATUS:
				return createDeliveryStatusFromString(eDataType, initialValue);
			case ThroughlinePackage.EFFECTIVENESS_RATING:
				return createEffectivenessRatingFromString(eDataType, initialValue);
			case ThroughlinePackage.DEPENDENCY_KIND:
				return createDependencyKindFromString(eDataType, initialValue);
			case ThroughlinePackage.CRITICALITY:
				return createCriticalityFromString(eDataType, initialValue);
			case ThroughlinePackage.LIKELIHOOD_RATING:
				return createLikelihoodRatingFromString(eDataType, initialValue);
			case ThroughlinePackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case ThroughlinePackage.LEVEL:
				return createLevelFromString(eDataType, initialValue);
			case ThroughlinePackage.LOG_STATUS:
				return createLogStatusFromString(eDataType, initialValue);
			case ThroughlinePackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case ThroughlinePackage.SUPPORT_KIND:
				return createSupportKindFromString(eDataType, initialValue);
			case ThroughlinePackage.SUPPORT_STATUS:
				return createSupportStatusFromString(eDataType, initialValue);
			case ThroughlinePackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ThroughlinePackage.EVIDENCE_STRENGTH:
				return convertEvidenceStrengthToString(eDataType, instanceValue);
			case ThroughlinePackage.POLARITY:
				return convertPolarityToString(eDataType, instanceValue);
			case ThroughlinePackage.FREQUENCY:
				return convertFrequencyToString(eDataType, instanceValue);
			case ThroughlinePackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case ThroughlinePackage.ROLE_KIND:
				return convertRoleKindToString(eDataType, instanceValue);
			case ThroughlinePackage.LINK_KIND:
				return convertLinkKindToString(eDataType, instanceValue);
			case ThroughlinePackage.LINK_STRENGTH:
				return convertLinkStrengthToString(eDataType, instanceValue);
			case ThroughlinePackage.PERIOD:
				return convertPeriodToString(eDataType, instanceValue);
			case ThroughlinePackage.DELIVERY_STATUS:
				return convertDeliveryStatusToString(eDataType, instanceValue);
			case ThroughlinePackage.EFFECTIVENESS_RATING:
				return convertEffectivenessRatingToString(eDataType, instanceValue);
			case ThroughlinePackage.DEPENDENCY_KIND:
				return convertDependencyKindToString(eDataType, instanceValue);
			case ThroughlinePackage.CRITICALITY:
				return convertCriticalityToString(eDataType, instanceValue);
			case ThroughlinePackage.LIKELIHOOD_RATING:
				return convertLikelihoodRatingToString(eDataType, instanceValue);
			case ThroughlinePackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case ThroughlinePackage.LEVEL:
				return convertLevelToString(eDataType, instanceValue);
			case ThroughlinePackage.LOG_STATUS:
				return convertLogStatusToString(eDataType, instanceValue);
			case ThroughlinePackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case ThroughlinePackage.SUPPORT_KIND:
				return convertSupportKindToString(eDataType, instanceValue);
			case ThroughlinePackage.SUPPORT_STATUS:
				return convertSupportStatusToString(eDataType, instanceValue);
			case ThroughlinePackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Model createModel() {
		ModelImpl model = new ModelImpl();
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Folder createFolder() {
		FolderImpl folder = new FolderImpl();
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mission createMission() {
		MissionImpl mission = new MissionImpl();
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority createPriority() {
		PriorityImpl priority = new PriorityImpl();
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome createOutcome() {
		OutcomeImpl outcome = new OutcomeImpl();
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeContribution createOutcomeContribution() {
		OutcomeContributionImpl outcomeContribution = new OutcomeContributionImpl();
		return outcomeContribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Benefit createBenefit() {
		BenefitImpl benefit = new BenefitImpl();
		return benefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trajectory createTrajectory() {
		TrajectoryImpl trajectory = new TrajectoryImpl();
		return trajectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrajectoryPoint createTrajectoryPoint() {
		TrajectoryPointImpl trajectoryPoint = new TrajectoryPointImpl();
		return trajectoryPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation createObservation() {
		ObservationImpl observation = new ObservationImpl();
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BeneficiaryGroup createBeneficiaryGroup() {
		BeneficiaryGroupImpl beneficiaryGroup = new BeneficiaryGroupImpl();
		return beneficiaryGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tier createTier() {
		TierImpl tier = new TierImpl();
		return tier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryChain createDeliveryChain() {
		DeliveryChainImpl deliveryChain = new DeliveryChainImpl();
		return deliveryChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessStep createProcessStep() {
		ProcessStepImpl processStep = new ProcessStepImpl();
		return processStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserJourney createUserJourney() {
		UserJourneyImpl userJourney = new UserJourneyImpl();
		return userJourney;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Programme createProgramme() {
		ProgrammeImpl programme = new ProgrammeImpl();
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone createMilestone() {
		MilestoneImpl milestone = new MilestoneImpl();
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dependency createDependency() {
		DependencyImpl dependency = new DependencyImpl();
		return dependency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stocktake createStocktake() {
		StocktakeImpl stocktake = new StocktakeImpl();
		return stocktake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionRating createCriterionRating() {
		CriterionRatingImpl criterionRating = new CriterionRatingImpl();
		return criterionRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportOffer createSupportOffer() {
		SupportOfferImpl supportOffer = new SupportOfferImpl();
		return supportOffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issue createIssue() {
		IssueImpl issue = new IssueImpl();
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidationSettings createValidationSettings() {
		ValidationSettingsImpl validationSettings = new ValidationSettingsImpl();
		return validationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suppression createSuppression() {
		SuppressionImpl suppression = new SuppressionImpl();
		return suppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityOverride createSeverityOverride() {
		SeverityOverrideImpl severityOverride = new SeverityOverrideImpl();
		return severityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceStrength createEvidenceStrengthFromString(EDataType eDataType, String initialValue) {
		EvidenceStrength result = EvidenceStrength.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceStrengthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Polarity createPolarityFromString(EDataType eDataType, String initialValue) {
		Polarity result = Polarity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolarityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Frequency createFrequencyFromString(EDataType eDataType, String initialValue) {
		Frequency result = Frequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoleKind createRoleKindFromString(EDataType eDataType, String initialValue) {
		RoleKind result = RoleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkKind createLinkKindFromString(EDataType eDataType, String initialValue) {
		LinkKind result = LinkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkStrength createLinkStrengthFromString(EDataType eDataType, String initialValue) {
		LinkStrength result = LinkStrength.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkStrengthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Period createPeriodFromString(EDataType eDataType, String initialValue) {
		Period result = Period.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryStatus createDeliveryStatusFromString(EDataType eDataType, String initialValue) {
		DeliveryStatus result = DeliveryStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliveryStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EffectivenessRating createEffectivenessRatingFromString(EDataType eDataType, String initialValue) {
		EffectivenessRating result = EffectivenessRating.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEffectivenessRatingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DependencyKind createDependencyKindFromString(EDataType eDataType, String initialValue) {
		DependencyKind result = DependencyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDependencyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Criticality createCriticalityFromString(EDataType eDataType, String initialValue) {
		Criticality result = Criticality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriticalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LikelihoodRating createLikelihoodRatingFromString(EDataType eDataType, String initialValue) {
		LikelihoodRating result = LikelihoodRating.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLikelihoodRatingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Level createLevelFromString(EDataType eDataType, String initialValue) {
		Level result = Level.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogStatus createLogStatusFromString(EDataType eDataType, String initialValue) {
		LogStatus result = LogStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupportKind createSupportKindFromString(EDataType eDataType, String initialValue) {
		SupportKind result = SupportKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupportKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupportStatus createSupportStatusFromString(EDataType eDataType, String initialValue) {
		SupportStatus result = SupportStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupportStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThroughlinePackage getThroughlinePackage() {
		return (ThroughlinePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ThroughlinePackage getPackage() {
		return ThroughlinePackage.eINSTANCE;
	}

} //ThroughlineFactoryImpl
