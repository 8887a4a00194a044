package dev.loket.catalogue.store;

import dev.loket.catalogue.Agency;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.SpatialScope;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishingRightsTest {

    static final List<Product> SAMPLE = SampleCatalogue.load().products();
    static final Product UTRECHT_ID_CARD = sample("https://catalogus.voorbeeld.nl/utrecht/identiteitskaart");
    static final Product BUREN_ID_CARD = sample("https://catalogus.voorbeeld.nl/buren/identiteitskaart");
    static final Product POLICE_REPORT = sample("https://catalogus.voorbeeld.nl/politie/aangifte-diefstal");

    /** The portal's registrations: the two municipalities with their names, the police without. */
    static final PublishingRights RIGHTS = PublishingRights.of(List.of(
            new PublishingRights.Registration("utrecht", Optional.of(UTRECHT_ID_CARD.competentAuthority()), Set.of("GM0344"),
                    List.of("https://catalogus.voorbeeld.nl/utrecht/")),
            new PublishingRights.Registration("buren", Optional.of(BUREN_ID_CARD.competentAuthority()), Set.of("GM0214"),
                    List.of("https://catalogus.voorbeeld.nl/buren/")),
            new PublishingRights.Registration("politie", Optional.empty(), Set.of("NL"),
                    List.of("https://catalogus.voorbeeld.nl/politie/")),
            new PublishingRights.Registration("gouda", Optional.empty(), Set.of(), List.of())));

    static Product sample(String id) {
        return SAMPLE.stream().filter(p -> p.id().toString().equals(id)).findFirst().orElseThrow();
    }

    private static void assertRefused(String agency, Product product, String detail) {
        assertThatThrownBy(() -> RIGHTS.check(agency, product)).isInstanceOfSatisfying(LoketException.class, e -> {
            assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_REGISTERED);
            assertThat(e.type().status()).isEqualTo(403);
            assertThat(e.detail().in(Language.EN)).contains(detail);
        });
    }

    @Test
    void anAgencyPublishesItsOwnProductsInItsAreaUnderItsIds() {
        assertThatCode(() -> {
            RIGHTS.check("utrecht", UTRECHT_ID_CARD);
            RIGHTS.check("buren", BUREN_ID_CARD);
            RIGHTS.check("politie", POLICE_REPORT);
        }).doesNotThrowAnyException();
    }

    @Test
    void refusesAProductThatNamesAnotherAgencyAsItsCompetentAuthority() {
        Product underUtrechtsName = BUREN_ID_CARD.toBuilder().competentAuthority(UTRECHT_ID_CARD.competentAuthority()).build();

        assertRefused("buren", underUtrechtsName, "names utrecht as the organisation responsible");
    }

    @Test
    void refusesAnAuthorityOfItsOwnIdButAnotherAgencysNameOrOwmsUri() {
        Agency calledUtrecht = new Agency("buren", "Gemeente Utrecht", AgencyType.MUNICIPALITY, Optional.empty());
        Agency withUtrechtsUri = new Agency("buren", "Gemeente Buren", AgencyType.MUNICIPALITY,
                UTRECHT_ID_CARD.competentAuthority().owmsUri());
        Agency policeCalledUtrecht = new Agency("politie", "gemeente utrecht ", AgencyType.NATIONAL, Optional.empty());

        assertRefused("buren", BUREN_ID_CARD.toBuilder().competentAuthority(calledUtrecht).build(), "Gemeente Utrecht");
        assertRefused("buren", BUREN_ID_CARD.toBuilder().competentAuthority(withUtrechtsUri).build(), "Utrecht_(gemeente)");
        assertRefused("politie", POLICE_REPORT.toBuilder().competentAuthority(policeCalledUtrecht).build(), "gemeente utrecht");
    }

    @Test
    void refusesAProductInAnAreaTheAgencyIsNotRegisteredFor() {
        Product inUtrecht = BUREN_ID_CARD.toBuilder().spatialScope(SpatialScope.municipality("GM0344", "Utrecht")).build();

        assertRefused("buren", inUtrecht, "applies to area GM0344, but buren is registered only for: GM0214");
    }

    @Test
    void refusesAnIdOutsideTheAgencysPrefixes() {
        for (String id : List.of("https://catalogus.voorbeeld.nl/utrecht/afvalpas", "https://catalogus.voorbeeld.nl/burensteden/afvalpas",
                "https://catalogus.voorbeeld.nl/buren/../utrecht/afvalpas", "http://catalogus.voorbeeld.nl/buren/afvalpas")) {
            assertRefused("buren", BUREN_ID_CARD.toBuilder().id(URI.create(id)).build(), "is not among the product ids of buren");
        }
    }

    @Test
    void anAgencyWithoutRegisteredAreasAndIdsPublishesNothing() {
        Product gouda = BUREN_ID_CARD.toBuilder().owner("gouda")
                .competentAuthority(Agency.of("gouda", "Gemeente Gouda", AgencyType.MUNICIPALITY)).build();
        Product unknown = gouda.toBuilder().owner("zeist").competentAuthority(Agency.of("zeist", "Gemeente Zeist", AgencyType.MUNICIPALITY)).build();

        assertRefused("gouda", gouda, "no areas or product ids registered");
        assertRefused("zeist", unknown, "no areas or product ids registered");
    }

    @Test
    void anotherOwnerIsRefusedAsNotTheOwner() {
        assertThatThrownBy(() -> RIGHTS.check("buren", UTRECHT_ID_CARD)).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_OWNER));
    }

    @Test
    void anImportOfAProductTheAgencyMayNotPublishIsRefusedAsAWhole() {
        List<Product> taken = new java.util.ArrayList<>();
        ProductSink sink = RIGHTS.checking("buren", new ProductSink() {
            @Override
            public boolean add(Product product) {
                return taken.add(product);
            }

            @Override
            public void reject(Rejection rejection) {
            }
        });

        sink.add(BUREN_ID_CARD);
        sink.add(UTRECHT_ID_CARD); // another owner: passed on for the import to reject as such

        assertThatThrownBy(() -> sink.add(BUREN_ID_CARD.toBuilder().spatialScope(SpatialScope.netherlands()).build()))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_REGISTERED));
        assertThat(taken).containsExactly(BUREN_ID_CARD, UTRECHT_ID_CARD);
    }

    @Test
    void aProductIdPrefixEndsWithASlash() {
        assertThatThrownBy(() -> new PublishingRights.Registration("buren", Optional.empty(), Set.of("GM0214"),
                List.of("https://catalogus.voorbeeld.nl/buren"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALinkThatIsNotHttpsWithAFieldErrorPerLink() {
        Product hostile = UTRECHT_ID_CARD.toBuilder().clearChannels()
                .channel(dev.loket.catalogue.ServiceChannel.online(URI.create("javascript:alert(1)"), List.of()))
                .channel(dev.loket.catalogue.ServiceChannel.online(URI.create("http://afspraak.utrecht.voorbeeld.nl/id"), List.of()))
                .legalResource(dev.loket.catalogue.LegalResource.of("Kwaadwet", null, "data:text/html,x"))
                .build();
        int laws = hostile.legalResources().size();

        assertThatThrownBy(() -> RIGHTS.check("utrecht", hostile)).isInstanceOfSatisfying(LoketException.class, e -> {
            assertThat(e.type()).isEqualTo(CatalogueProblems.INVALID_PRODUCT);
            assertThat(e.type().status()).isEqualTo(400);
            assertThat(e.fieldErrors()).extracting(dev.loket.core.FieldError::pointer)
                    .containsExactly("/channels/0/url", "/channels/1/url", "/legalResources/" + (laws - 1) + "/url");
            assertThat(e.fieldErrors().get(0).message().in(Language.EN)).contains("must start with https://", "javascript:alert(1)");
        });
    }

    @Test
    void takesHttpLinksOnlyWhereConfigured() {
        Product plainHttp = UTRECHT_ID_CARD.toBuilder().clearChannels()
                .channel(dev.loket.catalogue.ServiceChannel.online(URI.create("http://afspraak.utrecht.voorbeeld.nl/id"), List.of())).build();
        PublishingRights withHttp = PublishingRights.of(List.of(new PublishingRights.Registration("utrecht",
                Optional.of(UTRECHT_ID_CARD.competentAuthority()), Set.of("GM0344"), List.of("https://catalogus.voorbeeld.nl/utrecht/"))), true);

        assertThatCode(() -> withHttp.check("utrecht", plainHttp)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RIGHTS.check("utrecht", plainHttp)).isInstanceOf(LoketException.class);
        assertThatThrownBy(() -> withHttp.check("utrecht", plainHttp.toBuilder().clearChannels()
                .channel(dev.loket.catalogue.ServiceChannel.online(URI.create("ftp://x.nl/f"), List.of())).build()))
                .isInstanceOf(LoketException.class);
    }

    @Test
    void refusesARuleOrFormulaOverTheLogicBudgetOrThatDoesNotCompile() {
        String deep = "{\"some\": [[1], {\"some\": [[1], {\"some\": [[1], {\"some\": [[1], {\"some\": [[1], true]}]}]}]}]}";
        Product costly = UTRECHT_ID_CARD.toBuilder()
                .requirement(dev.loket.catalogue.Requirement.ruled(dev.loket.catalogue.LocalizedText.dutch("Diep"), deep))
                .cost(dev.loket.catalogue.Fee.formula(dev.loket.catalogue.LocalizedText.dutch("Leges"),
                        dev.loket.catalogue.JsonLogicRule.parse("{\"onbekend\": [1]}")))
                .build();
        int requirement = costly.requirements().size() - 1;
        int cost = costly.costs().size() - 1;

        assertThatThrownBy(() -> RIGHTS.check("utrecht", costly)).isInstanceOfSatisfying(LoketException.class, e -> {
            assertThat(e.type()).isEqualTo(CatalogueProblems.INVALID_PRODUCT);
            assertThat(e.fieldErrors()).extracting(dev.loket.core.FieldError::pointer).containsExactly(
                    "/requirements/" + requirement + "/rule/some/1/some/1/some/1/some/1/some", "/costs/" + cost + "/formula");
            assertThat(e.fieldErrors().get(0).message().in(Language.EN)).contains("nested more than 4 deep");
        });
    }
}
