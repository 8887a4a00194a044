package dev.loket.catalogue.search;

import java.util.List;
import java.util.Optional;

/** A small catalogue of two municipalities and two national agencies, written for the search tests. */
final class SearchFixtures {

    static final FacetValue UTRECHT = FacetValue.named("GM0344", "Utrecht");
    static final FacetValue AMSTERDAM = FacetValue.named("GM0363", "Amsterdam");
    static final FacetValue GEMEENTE_UTRECHT = FacetValue.named("gemeente-utrecht", "Gemeente Utrecht");
    static final FacetValue GEMEENTE_AMSTERDAM = FacetValue.named("gemeente-amsterdam", "Gemeente Amsterdam");
    static final FacetValue RDW = FacetValue.named("rdw", "RDW");
    static final FacetValue POLITIE = FacetValue.named("politie", "Politie");
    static final FacetValue ONLINE = new FacetValue("ONLINE", "Online", "Online");
    static final FacetValue COUNTER = new FacetValue("COUNTER", "Balie", "Counter");
    static final FacetValue CITIZEN = new FacetValue("CITIZEN", "Burgers", "Citizens");
    static final FacetValue BUSINESS = new FacetValue("BUSINESS", "Bedrijven", "Businesses");
    static final FacetValue CASH = new FacetValue("CASH", "Contant", "Cash");
    static final FacetValue PIN = new FacetValue("PIN", "Pinnen", "Debit card");
    static final FacetValue IDEAL = new FacetValue("IDEAL", "iDEAL", "iDEAL");
    static final FacetValue LOST_WALLET = new FacetValue("portemonnee-kwijt",
            "Portemonnee of identiteitsbewijs kwijt of gestolen", "Wallet or ID lost or stolen");
    static final FacetValue MOVING = new FacetValue("verhuizen", "Verhuizen", "Moving house");

    private SearchFixtures() {
    }

    static List<SearchDocument> catalogue() {
        return List.of(
                municipal("utrecht/reisdocument", "reisdocument", "Reisdocument", "Travel document",
                        "U vraagt een reisdocument aan bij de balie. Neem een pasfoto mee.",
                        "Apply for a travel document at the counter. Bring a photo.",
                        UTRECHT, GEMEENTE_UTRECHT, List.of(LOST_WALLET), List.of(COUNTER), List.of(PIN, CASH)),
                municipal("amsterdam/reisdocument", "reisdocument", "Reisdocument", "Travel document",
                        "Een reisdocument aanvragen in Amsterdam, op afspraak.",
                        "Apply for a travel document in Amsterdam, by appointment.",
                        AMSTERDAM, GEMEENTE_AMSTERDAM, List.of(LOST_WALLET), List.of(COUNTER), List.of(PIN)),
                municipal("utrecht/identiteitskaart", "identiteitskaart", "Identiteitskaart", "Identity card",
                        "Met een identiteitskaart kunt u zich legitimeren en reizen in Europa.",
                        "With an identity card you can prove who you are and travel in Europe.",
                        UTRECHT, GEMEENTE_UTRECHT, List.of(LOST_WALLET), List.of(COUNTER), List.of(PIN, CASH)),
                municipal("utrecht/verhuismelding", "verhuismelding", "Verhuizing doorgeven", "Report a move",
                        "Geef uw nieuwe adres binnen 5 dagen door aan de gemeente.",
                        "Tell the municipality your new address within 5 days.",
                        UTRECHT, GEMEENTE_UTRECHT, List.of(MOVING), List.of(ONLINE, COUNTER), List.of()),
                municipal("amsterdam/brp-uittreksel", "brp-uittreksel", "Uittreksel BRP", "Extract from the BRP",
                        "Een bewijs van uw inschrijving in de Basisregistratie Personen.",
                        "Proof of your registration in the population register.",
                        AMSTERDAM, GEMEENTE_AMSTERDAM, List.of(MOVING), List.of(ONLINE), List.of(IDEAL)),
                municipal("amsterdam/bijstand", "bijstand", "Bijstandsuitkering", "Social assistance benefit",
                        "Geld om van te leven als u te weinig inkomen hebt. Uitkeringen worden maandelijks betaald.",
                        "Money to live on when your income is too low.",
                        AMSTERDAM, GEMEENTE_AMSTERDAM, List.of(), List.of(ONLINE), List.of()),
                national("rdw/rijbewijs", "rijbewijs", "Rijbewijs", "Driving licence",
                        "Het rijbewijs vraagt u aan bij de gemeente; de RDW maakt het.",
                        "You apply for a driving licence at the municipality; the RDW makes it.",
                        RDW, List.of(LOST_WALLET), List.of(COUNTER), List.of(PIN)),
                national("rdw/rijbewijs-gezondheid", "rijbewijs gezondheidsverklaring",
                        "Gezondheidsverklaring voor het rijbewijs", "Health declaration for the driving licence",
                        "Rijbewijs verlengen na je 75ste? Voor je rijbewijs is een gezondheidsverklaring nodig: "
                                + "rijbewijs, rijbewijs, rijbewijs.",
                        "A health declaration for your driving licence.",
                        RDW, List.of(), List.of(ONLINE), List.of(IDEAL)),
                national("politie/aangifte", "strafbaar feit aangifte", "Aangifte doen", "Report a crime",
                        "Doe aangifte bij de politie als iets is gestolen.",
                        "Report to the police when something was stolen.",
                        POLITIE, List.of(LOST_WALLET), List.of(ONLINE, COUNTER), List.of()),
                new SearchDocument("amsterdam/terrasvergunning", Optional.of("terrasvergunning"),
                        "Terrasvergunning", "Terrace permit", "Een vergunning voor een terras bij uw horecazaak.",
                        "A permit for a terrace at your café.", List.of("horeca"),
                        GEMEENTE_AMSTERDAM, Optional.of(AMSTERDAM), List.of(), List.of(ONLINE), List.of(BUSINESS),
                        List.of(IDEAL)));
    }

    static SearchDocument municipal(String id, String upl, String nameNl, String nameEn, String descriptionNl,
                                    String descriptionEn, FacetValue municipality, FacetValue agency,
                                    List<FacetValue> lifeEvents, List<FacetValue> channels, List<FacetValue> payments) {
        return new SearchDocument(id, Optional.of(upl), nameNl, nameEn, descriptionNl, descriptionEn, List.of(),
                agency, Optional.of(municipality), lifeEvents, channels, List.of(CITIZEN), payments);
    }

    static SearchDocument national(String id, String upl, String nameNl, String nameEn, String descriptionNl,
                                   String descriptionEn, FacetValue agency, List<FacetValue> lifeEvents,
                                   List<FacetValue> channels, List<FacetValue> payments) {
        return new SearchDocument(id, Optional.of(upl), nameNl, nameEn, descriptionNl, descriptionEn, List.of(),
                agency, Optional.empty(), lifeEvents, channels, List.of(CITIZEN), payments);
    }
}
