package dev.loket.catalogue.api;

import dev.loket.catalogue.exchange.feeds.FeedImporter;
import dev.loket.catalogue.exchange.feeds.FeedVerifier;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.PublishingRights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The parts of the catalogue API that come from configuration. The application provides the
 * {@link CatalogueStore} (on its own database); see the portal's {@code CatalogueSetup}.
 */
@ApplicationScoped
public class CatalogueApiSetup {

    @Produces
    @Singleton
    AgencyAccounts accounts() {
        return AgencyAccounts.fromConfig(ConfigProvider.getConfig());
    }

    @Produces
    @Singleton
    FeedPublication publication() {
        var config = ConfigProvider.getConfig();
        return FeedPublication.of(config.getOptionalValue("loket.catalogue.feed.agency", String.class),
                config.getOptionalValue("loket.catalogue.feed.signing-key", String.class),
                config.getOptionalValue("loket.catalogue.feed.validity", String.class));
    }

    @Produces
    @Singleton
    PublishingRights publishingRights(AgencyAccounts accounts) {
        return accounts.publishingRights(ConfigProvider.getConfig().getOptionalValue("loket.catalogue.links.allow-http", Boolean.class)
                .orElse(false));
    }

    @Produces
    @Singleton
    FeedImporter feeds(CatalogueStore store, AgencyAccounts accounts, PublishingRights rights) {
        return new FeedImporter(new FeedVerifier(accounts.feedKeys()), store, accounts.directory(), rights);
    }
}
