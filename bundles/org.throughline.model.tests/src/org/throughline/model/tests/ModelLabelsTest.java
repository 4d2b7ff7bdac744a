// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.LinkKind;
import org.throughline.model.OrganisationKind;
import org.throughline.model.RoleKind;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.edit.api.ModelLabels;

/** The words in which forms, validation, analyses and reports name the metamodel's types, features and values. */
class ModelLabelsTest {

    private static final ThroughlinePackage MODEL = ThroughlinePackage.eINSTANCE;

    @Test
    void typesAndFeaturesReadAsWordsFromTheTranslatableLabels() {
        assertEquals("Delivery chain", ModelLabels.type(MODEL.getDeliveryChain()));
        assertEquals("beneficiary group", ModelLabels.typeInSentence(MODEL.getBeneficiaryGroup()));
        assertEquals("Data source", ModelLabels.feature(MODEL.getIndicator_DataSource()));
        assertEquals("polarity", ModelLabels.featureInSentence(MODEL.getIndicator_Polarity()));
    }

    @Test
    void valuesReadAsAModellerSaysThem() {
        assertEquals("Local authority", ModelLabels.literal(OrganisationKind.LOCAL_AUTHORITY));
        assertEquals("Data and reporting", ModelLabels.literal(LinkKind.DATA_AND_REPORTING));
        assertEquals("amber red", ModelLabels.inSentence(LikelihoodRating.AMBER_RED));
        // An abbreviation keeps its capitals, in a list and in a sentence.
        assertEquals("SRO", ModelLabels.literal(RoleKind.SRO));
        assertEquals("SRO", ModelLabels.inSentence(RoleKind.SRO));
        assertEquals("", ModelLabels.literal(null));
    }

    @Test
    void everyValueOfTheMetamodelHasItsWordsInTheTranslatableFile() {
        ResourceBundle literals = ResourceBundle.getBundle("org.throughline.model.edit.api.literals", Locale.ROOT,
                ModelLabels.class.getClassLoader());
        List<String> missing = new ArrayList<>();
        int values = 0;
        for (EClassifier classifier : MODEL.getEClassifiers()) {
            if (classifier instanceof EEnum enumeration) {
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    values++;
                    if (!literals.containsKey(enumeration.getName() + '.' + literal.getName())) {
                        missing.add(enumeration.getName() + '.' + literal.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "values of the metamodel without words in literals.properties (of " + values + ")");
    }

    @Test
    void aPluginsValueWithoutWordsIsSaidFromItsName() {
        EEnum keenness = EcoreFactory.eINSTANCE.createEEnum();
        keenness.setName("Keenness");
        EEnumLiteral veryKeen = EcoreFactory.eINSTANCE.createEEnumLiteral();
        veryKeen.setName("VERY_KEEN");
        keenness.getELiterals().add(veryKeen);
        assertEquals("Very keen", ModelLabels.literal(veryKeen));
        assertEquals("very keen", ModelLabels.inSentence(veryKeen));
    }
}
