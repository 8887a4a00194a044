package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.SpatialScope;

import java.util.Locale;
import java.util.Optional;

/** The names Samenwerkende Catalogi 4.0 and OWMS 4.0 use, and how they map onto the model. */
final class ScVocabulary {

    static final String PRODUCT_NS = "http://standaarden.overheid.nl/product/terms/";
    static final String OVERHEID_NS = "http://standaarden.overheid.nl/owms/terms/";
    static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA_LOCATION = PRODUCT_NS + " https://standaarden.overheid.nl/sc/4.0/xsd/sc.xsd";
    /** Agencies and areas without an OWMS URI get one of ours, so their id survives a round trip. */
    static final String AGENCY_URN = "urn:loket:agency:";
    static final String AREA_URN = "urn:loket:area:";

    private ScVocabulary() {
    }

    static String agentScheme(AgencyType type) {
        return switch (type) {
            case MUNICIPALITY -> "overheid:Gemeente";
            case PROVINCE -> "overheid:Provincie";
            case WATER_BOARD -> "overheid:Waterschap";
            // SC 4.0 allows Ministerie and AndereOrganisatie for the rest; a national agency such as
            // the police or the UWV is not a ministry.
            case NATIONAL, PRIVATE -> "overheid:AndereOrganisatie";
        };
    }

    static Optional<AgencyType> agencyType(String scheme) {
        return switch (localName(scheme)) {
            case "Gemeente", "GGD" -> Optional.of(AgencyType.MUNICIPALITY);
            case "Provincie" -> Optional.of(AgencyType.PROVINCE);
            case "Waterschap" -> Optional.of(AgencyType.WATER_BOARD);
            case "Ministerie", "AndereOrganisatie", "ZelfstandigBestuursorgaan", "Politiekorps" -> Optional.of(AgencyType.NATIONAL);
            default -> Optional.empty();
        };
    }

    static String locationScheme(SpatialScope.Kind kind) {
        return switch (kind) {
            case MUNICIPALITY -> "overheid:Gemeente";
            case PROVINCE -> "overheid:Provincie";
            case WATER_BOARD -> "overheid:Waterschap";
            case COUNTRY -> "overheid:Koninkrijksdeel";
        };
    }

    static Optional<SpatialScope.Kind> areaKind(String scheme) {
        return switch (localName(scheme)) {
            case "Gemeente", "GGD" -> Optional.of(SpatialScope.Kind.MUNICIPALITY);
            case "Provincie" -> Optional.of(SpatialScope.Kind.PROVINCE);
            case "Waterschap" -> Optional.of(SpatialScope.Kind.WATER_BOARD);
            case "Koninkrijksdeel" -> Optional.of(SpatialScope.Kind.COUNTRY);
            default -> Optional.empty();
        };
    }

    static String audience(Audience audience) {
        return audience == Audience.CITIZEN ? "particulier" : "ondernemer";
    }

    static Optional<Audience> audience(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "particulier", "burger" -> Optional.of(Audience.CITIZEN);
            case "ondernemer", "bedrijf" -> Optional.of(Audience.BUSINESS);
            default -> Optional.empty();
        };
    }

    private static String localName(String scheme) {
        if (scheme == null) {
            return "";
        }
        int colon = scheme.indexOf(':');
        return colon < 0 ? scheme : scheme.substring(colon + 1);
    }
}
