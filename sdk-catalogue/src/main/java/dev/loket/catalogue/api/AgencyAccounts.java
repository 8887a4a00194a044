package dev.loket.catalogue.api;

import dev.loket.catalogue.Agency;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.exchange.feeds.FeedKeys;
import dev.loket.catalogue.store.PublishingRights;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agencies that use this catalogue's API, from configuration: per agency an API key (kept only
 * as its SHA-256), the JWKS URL of its feed keys, and how exchange formats name it.
 *
 * <pre>
 * loket.catalogue.agencies=utrecht,buren
 * loket.catalogue.agency.utrecht.api-key-sha256=9f86d08...   (sha256 of the key the agency sends as Bearer)
 * loket.catalogue.agency.utrecht.jwks-url=https://utrecht.example/catalogue/jwks.json
 * loket.catalogue.agency.utrecht.name=Gemeente Utrecht
 * loket.catalogue.agency.utrecht.type=MUNICIPALITY
 * loket.catalogue.agency.utrecht.owms-uri=http://standaarden.overheid.nl/owms/terms/Utrecht_(gemeente)
 * loket.catalogue.agency.utrecht.areas=GM0344
 * loket.catalogue.agency.utrecht.product-ids=https://catalogus.utrecht.example/producten/
 * </pre>
 *
 * <p>The name, OWMS URI, areas and product-id prefixes are what the agency may publish under
 * ({@link PublishingRights}); an agency without areas and prefixes can publish nothing.
 *
 * <p>A plain SHA-256 suffices for API keys, unlike passwords: a key is 32 random bytes, which no
 * one guesses from its hash; a slow hash would only slow down every API call.
 */
public final class AgencyAccounts {

    /** One agency's account. */
    public record Account(String agency, Optional<byte[]> apiKeySha256, Optional<URI> jwksUrl, Optional<Agency> agencyDetails,
                          Set<String> areas, List<String> productIdPrefixes) {
        public Account {
            areas = Set.copyOf(areas);
            productIdPrefixes = List.copyOf(productIdPrefixes);
        }
    }

    private final Map<String, Account> accounts;

    public AgencyAccounts(List<Account> accounts) {
        Map<String, Account> byId = new LinkedHashMap<>();
        accounts.forEach(account -> byId.put(account.agency(), account));
        this.accounts = Map.copyOf(byId);
    }

    /** The accounts named in {@code loket.catalogue.agencies}. */
    public static AgencyAccounts fromConfig(Config config) {
        List<Account> accounts = new ArrayList<>();
        for (String id : config.getOptionalValues("loket.catalogue.agencies", String.class).orElse(List.of())) {
            String agency = id.strip();
            if (!Agency.isValidId(agency)) {
                throw new IllegalArgumentException("loket.catalogue.agencies: " + agency + " is not an agency id (lower case, digits, dashes)");
            }
            String prefix = "loket.catalogue.agency." + agency + ".";
            Optional<byte[]> key = config.getOptionalValue(prefix + "api-key-sha256", String.class)
                    .map(hex -> HexFormat.of().parseHex(hex.strip().toLowerCase(Locale.ROOT)));
            Optional<URI> jwks = config.getOptionalValue(prefix + "jwks-url", String.class).map(URI::create);
            Optional<Agency> details = config.getOptionalValue(prefix + "name", String.class).map(name -> new Agency(agency, name,
                    config.getOptionalValue(prefix + "type", String.class).map(AgencyType::valueOf).orElse(AgencyType.MUNICIPALITY),
                    config.getOptionalValue(prefix + "owms-uri", String.class).map(URI::create)));
            Set<String> areas = Set.copyOf(list(config, prefix + "areas"));
            List<String> productIds = list(config, prefix + "product-ids");
            accounts.add(new Account(agency, key, jwks, details, areas, productIds));
        }
        return new AgencyAccounts(accounts);
    }

    private static List<String> list(Config config, String name) {
        return config.getOptionalValues(name, String.class).orElse(List.of()).stream()
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /**
     * What each agency may publish: its name, areas and product ids (see {@link PublishingRights}).
     *
     * @param httpLinks whether products' links may be plain http ({@code loket.catalogue.links.allow-http})
     */
    public PublishingRights publishingRights(boolean httpLinks) {
        return PublishingRights.of(accounts.values().stream().map(account -> new PublishingRights.Registration(
                account.agency(), account.agencyDetails(), account.areas(), account.productIdPrefixes())).toList(), httpLinks);
    }

    /** The agency whose API key this is; compares every configured hash in constant time. */
    public Optional<String> authenticate(String apiKey) {
        byte[] presented = sha256(apiKey);
        String found = null;
        for (Account account : accounts.values()) {
            if (account.apiKeySha256().isPresent() && MessageDigest.isEqual(account.apiKeySha256().get(), presented)) {
                found = account.agency();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The feed keys of every agency with a JWKS URL. */
    public FeedKeys feedKeys() {
        Map<String, URI> urls = new LinkedHashMap<>();
        accounts.values().forEach(account -> account.jwksUrl().ifPresent(url -> urls.put(account.agency(), url)));
        return FeedKeys.fromJwksUrls(urls);
    }

    /** The agencies whose details are configured, to recognise them in exchange formats. */
    public List<Agency> agencies() {
        return accounts.values().stream().flatMap(account -> account.agencyDetails().stream()).toList();
    }

    public AgencyDirectory directory() {
        return AgencyDirectory.of(agencies(), List.of());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
