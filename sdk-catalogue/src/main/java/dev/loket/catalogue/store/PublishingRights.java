package dev.loket.catalogue.store;

import dev.loket.catalogue.Agency;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.JsonLogicRule;
import dev.loket.catalogue.Links;
import dev.loket.catalogue.Product;
import dev.loket.core.FieldError;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.forms.logic.InvalidRuleException;
import dev.loket.forms.logic.JsonLogic;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each agency may publish, whichever way its products come in (the API with its key, an import,
 * a feed it signed). A product belongs to the agency {@code A} that publishes it when:
 *
 * <ul>
 *   <li>its owner and its competent authority are {@code A} (an agency publishes only services it is
 *       responsible for; the operator's harvest is the only way to load products of others);</li>
 *   <li>the competent authority carries {@code A}'s registered name and OWMS URI where those are
 *       registered, and never the name or OWMS URI of another registered agency, so a product is never
 *       shown under another agency's name;</li>
 *   <li>its area (the spatial scope's code: a CBS municipality code such as {@code GM0344}, {@code NL}
 *       for the country) is one {@code A} is registered for, so it never appears in another agency's
 *       area or in the life events of people who live there;</li>
 *   <li>its id starts with one of {@code A}'s registered product-id prefixes (each ends with {@code /}),
 *       so no agency can take an id out of another's namespace before that agency uses it.</li>
 * </ul>
 *
 * <p>An agency without registered areas or prefixes may publish nothing: the catalogue cannot tell
 * what is its own. The rights come from the agencies' configuration ({@code loket.catalogue.agency.<id>.*}).
 *
 * <p>Whoever publishes, a product's links (a channel's URL, a law's URL) must be {@code https}, or
 * {@code http} where the catalogue allows it ({@link Links}); anything else is refused as an invalid
 * product (400) with a field error per link. So is an eligibility rule or fee formula that sdk-forms'
 * JSON Logic engine does not compile, or that is over its {@link dev.loket.forms.logic.LogicBudget}
 * (too many values, iterations nested too deep): such a rule would cost every request that evaluates it.
 */
public final class PublishingRights {

    /**
     * What one agency is registered for.
     *
     * @param agency     the agency's id
     * @param details    its name, type and OWMS URI as the catalogue knows them, when registered
     * @param areas      the spatial codes of the areas it serves
     * @param idPrefixes the beginnings of its product ids, each ending with {@code /}
     */
    public record Registration(String agency, Optional<Agency> details, Set<String> areas, List<String> idPrefixes) {

        public Registration {
            if (!Agency.isValidId(agency)) {
                throw new IllegalArgumentException("A registration is of an agency id, not " + agency);
            }
            details = details == null ? Optional.empty() : details;
            areas = Set.copyOf(areas);
            idPrefixes = List.copyOf(idPrefixes);
            for (String prefix : idPrefixes) {
                URI uri = URI.create(prefix);
                // Without the slash, "https://x.nl/utrecht" would also cover "https://x.nl/utrechtse-heuvelrug/...".
                if (!uri.isAbsolute() || !prefix.endsWith("/") || !uri.normalize().toString().equals(prefix)) {
                    throw new IllegalArgumentException("A product-id prefix of " + agency
                            + " is an absolute, normalised URI that ends with /, not " + prefix);
                }
            }
        }
    }

    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final boolean httpLinks;

    private PublishingRights(Collection<Registration> registrations, boolean httpLinks) {
        registrations.forEach(registration -> this.registrations.put(registration.agency(), registration));
        this.httpLinks = httpLinks;
    }

    /** Rights that take only {@code https} links. */
    public static PublishingRights of(Collection<Registration> registrations) {
        return new PublishingRights(registrations, false);
    }

    /**
     * @param httpLinks whether a product's links may also be plain {@code http}
     */
    public static PublishingRights of(Collection<Registration> registrations, boolean httpLinks) {
        return new PublishingRights(registrations, httpLinks);
    }

    /**
     * Checks that {@code product} belongs to {@code agency} and that its links are web links, as described above.
     *
     * @throws LoketException {@code catalogue/invalid-product} (400) for a link that is not https (or http where allowed);
     *                        {@code catalogue/not-owner} for another owner; {@code catalogue/not-registered} (403)
     *                        for an authority, area or id that is not the agency's
     */
    public void check(String agency, Product product) {
        String id = product.id().toString();
        List<FieldError> unsafeLinks = Links.unsafe(product, httpLinks);
        if (!unsafeLinks.isEmpty()) {
            throw new LoketException(CatalogueProblems.INVALID_PRODUCT, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.unsafe-links", id, unsafeLinks.stream().map(FieldError::pointer).toList().toString()), unsafeLinks);
        }
        List<FieldError> refusedRules = refusedRules(product);
        if (!refusedRules.isEmpty()) {
            throw new LoketException(CatalogueProblems.INVALID_PRODUCT, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.refused-rules", id, refusedRules.stream().map(FieldError::pointer).toList().toString()), refusedRules);
        }
        if (!product.isOwnedBy(agency)) {
            throw new LoketException(CatalogueProblems.NOT_OWNER, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.owner-is-not-you", id, agency, product.owner()));
        }
        Agency authority = product.competentAuthority();
        if (!authority.id().equals(agency)) {
            throw refused("catalogue.authority-not-yours", agency, id, authority.id());
        }
        Registration own = registrations.get(agency);
        Optional<Agency> registered = own == null ? Optional.empty() : own.details();
        boolean wrongName = registered.map(details -> !details.name().equals(authority.name())).orElse(false)
                || registrations.values().stream().filter(other -> !other.agency().equals(agency))
                .flatMap(other -> other.details().stream())
                .anyMatch(other -> other.name().strip().equalsIgnoreCase(authority.name().strip())
                        || other.owmsUri().isPresent() && other.owmsUri().equals(authority.owmsUri()));
        boolean wrongUri = authority.owmsUri().isPresent() && registered.flatMap(Agency::owmsUri).isPresent()
                && !registered.flatMap(Agency::owmsUri).equals(authority.owmsUri());
        if (wrongName || wrongUri) {
            throw refused("catalogue.authority-name-not-yours", agency, id, authority.name(),
                    authority.owmsUri().map(URI::toString).orElse("-"));
        }
        if (own == null || own.areas().isEmpty() || own.idPrefixes().isEmpty()) {
            throw refused("catalogue.not-registered", agency, id);
        }
        String area = product.spatialScope().code();
        if (!own.areas().contains(area)) {
            throw refused("catalogue.area-not-yours", agency, id, area, String.join(", ", own.areas().stream().sorted().toList()));
        }
        // A normalised id only: ".." could otherwise walk out of the agency's prefix.
        if (!product.id().normalize().toString().equals(id) || own.idPrefixes().stream().noneMatch(id::startsWith)) {
            throw refused("catalogue.id-not-yours", agency, id, String.join(", ", own.idPrefixes()));
        }
    }

    /**
     * A sink that checks every product of {@code agency} before passing it on to {@code sink}, for imports
     * and feeds: one product the agency may not publish refuses the whole document (the exception ends the
     * import, which then rolls back). Products of other owners pass on unchecked; the import's scope rejects
     * them as records of another agency.
     */
    public ProductSink checking(String agency, ProductSink sink) {
        return new ProductSink() {
            @Override
            public boolean add(Product product) {
                if (product.isOwnedBy(agency)) {
                    check(agency, product);
                } else if (!Links.unsafe(product, httpLinks).isEmpty()) {
                    check(agency, product); // refused for its links, whoever owns it: it must not wait in a report
                }
                return sink.add(product);
            }

            @Override
            public void reject(Rejection rejection) {
                sink.reject(rejection);
            }
        };
    }

    /** The rules and formulas the engine does not compile within its budget, as field errors with the pointer to the problem. */
    private static List<FieldError> refusedRules(Product product) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < product.requirements().size(); i++) {
            String pointer = "/requirements/" + i + "/rule";
            product.requirements().get(i).rule().ifPresent(rule -> compile(rule, pointer).ifPresent(errors::add));
        }
        for (int i = 0; i < product.costs().size(); i++) {
            String pointer = "/costs/" + i + "/formula";
            product.costs().get(i).formula().ifPresent(rule -> compile(rule, pointer).ifPresent(errors::add));
        }
        return errors;
    }

    private static Optional<FieldError> compile(JsonLogicRule rule, String pointer) {
        try {
            JsonLogic.compile(rule.node());
            return Optional.empty();
        } catch (InvalidRuleException e) {
            return Optional.of(new FieldError(pointer + e.pointer(), Message.of(CatalogueProblems.BUNDLE, "catalogue.rule-refused",
                    e.getMessage())));
        }
    }

    private static LoketException refused(String key, Object... args) {
        return new LoketException(CatalogueProblems.NOT_REGISTERED, Message.of(CatalogueProblems.BUNDLE, key, args));
    }
}
