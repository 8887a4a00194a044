package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.Agency;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.internal.Slugs;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what an {@code scproduct} says into a {@link Product}, or says why it cannot. Agencies and
 * areas are looked up by their OWMS URI in the directory; one it does not know is made from the
 * record (its id from the label: "Buren" becomes {@code buren}), the same object for every record
 * of that agency, so a harvest of 200,000 products holds each agency once.
 */
final class ScRecordMapper {

    /** A product, or the reason there is none. */
    record Result(Optional<Product> product, String reason) {
        static Result of(Product product) {
            return new Result(Optional.of(product), "");
        }

        static Result rejected(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final AgencyDirectory directory;
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, SpatialScope> areas = new HashMap<>();

    ScRecordMapper(AgencyDirectory directory) {
        this.directory = directory;
    }

    Result map(ScRecord record) {
        try {
            return mapOrThrow(record);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return Result.rejected(e.getMessage());
        }
    }

    private Result mapOrThrow(ScRecord record) {
        if (record.identifier == null || record.identifier.isBlank()) {
            return Result.rejected("The record has no dcterms:identifier");
        }
        URI id = uri(record.identifier, "dcterms:identifier");
        if (!id.isAbsolute()) {
            return Result.rejected("The dcterms:identifier is not an absolute URI: " + record.identifier);
        }
        if (!record.languages.isEmpty() && !record.languages.contains("nl")) {
            return Result.rejected("The record is in " + String.join(", ", record.languages)
                    + "; Loket reads the Dutch record of a product and keeps other languages in Loket JSON");
        }
        if (record.authorities.isEmpty()) {
            return Result.rejected("The record has no overheid:authority, so it has no owner");
        }
        if (record.title == null || record.title.isBlank()) {
            return Result.rejected("The record has no dcterms:title");
        }
        String description = record.summary != null && !record.summary.isBlank() ? record.summary : record.html.toString().trim();
        if (description.isEmpty()) {
            return Result.rejected("The record has no dcterms:abstract and no productHTML to describe the product");
        }
        Agency authority = agency(record.authorities.get(0));
        Product.Builder product = Product.builder(id, authority.id())
                .name(LocalizedText.dutch(record.title))
                .description(LocalizedText.dutch(description.replaceAll("\\s+", " ")))
                .competentAuthority(authority)
                .spatialScope(record.spatial.isEmpty() ? SpatialScope.netherlands() : area(record.spatial.get(0)))
                .lastModified(instant(record.modified))
                .keywords(record.subjects.stream().filter(s -> !s.isBlank()).toList());
        audiences(record.audiences).forEach(product::audience);
        record.uplNames.stream().filter(upl -> upl.resource() != null && !upl.label().isBlank()).findFirst()
                .ifPresent(upl -> product.upl(new UplName(upl.label(), uri(upl.resource(), "uniformeProductnaam"))));
        // SC names a related service by its UPL name; ProductLookup.related finds the service of that name.
        record.relatedProducts.stream().filter(related -> related.resource() != null && !related.resource().isBlank())
                .map(related -> uri(related.resource(), "gerelateerdProduct")).distinct()
                .forEach(product::relatedProduct);
        if (record.applicationUrl != null && !record.applicationUrl.isBlank()) {
            product.channel(ServiceChannel.online(uri(record.applicationUrl, "aanvraagURL"), List.<PaymentMethod>of()));
        }
        return Result.of(product.build());
    }

    private Agency agency(ScRecord.Schemed authority) {
        String key = authority.scheme() + " " + authority.resource() + " " + authority.label();
        return agencies.computeIfAbsent(key, k -> {
            Optional<URI> uri = Optional.ofNullable(authority.resource()).filter(r -> !r.isBlank()).map(r -> uri(r, "authority"));
            if (uri.isPresent() && uri.get().toString().startsWith(ScVocabulary.AGENCY_URN)) {
                String id = uri.get().toString().substring(ScVocabulary.AGENCY_URN.length());
                return directory.agency(id).orElse(Agency.of(id, authority.label(),
                        ScVocabulary.agencyType(authority.scheme()).orElse(AgencyType.NATIONAL)));
            }
            Optional<Agency> known = uri.flatMap(directory::agency);
            if (known.isPresent()) {
                return known.get();
            }
            AgencyType type = ScVocabulary.agencyType(authority.scheme()).orElseThrow(() ->
                    new IllegalArgumentException("The authority's scheme " + authority.scheme() + " is not one SC 4.0 knows"));
            return new Agency(Slugs.of(authority.label(), 63), authority.label(), type, uri);
        });
    }

    private SpatialScope area(ScRecord.Schemed spatial) {
        String key = spatial.scheme() + " " + spatial.resource() + " " + spatial.label();
        return areas.computeIfAbsent(key, k -> {
            Optional<URI> uri = Optional.ofNullable(spatial.resource()).filter(r -> !r.isBlank()).map(r -> uri(r, "spatial"));
            Optional<SpatialScope> known = uri.flatMap(directory::area);
            if (known.isPresent()) {
                return known.get();
            }
            SpatialScope.Kind kind = ScVocabulary.areaKind(spatial.scheme()).orElseThrow(() ->
                    new IllegalArgumentException("The area's scheme " + spatial.scheme() + " is not one SC 4.0 knows"));
            if (uri.isPresent() && uri.get().toString().startsWith(ScVocabulary.AREA_URN)) {
                String rest = uri.get().toString().substring(ScVocabulary.AREA_URN.length());
                return new SpatialScope(kind, rest.substring(rest.indexOf(':') + 1), spatial.label(), Optional.empty());
            }
            if (kind == SpatialScope.Kind.COUNTRY && spatial.label().equalsIgnoreCase("Nederland")) {
                return new SpatialScope(kind, "NL", spatial.label(), uri);
            }
            return new SpatialScope(kind, Slugs.of(spatial.label(), 100), spatial.label(), uri);
        });
    }

    private static Set<Audience> audiences(List<String> texts) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        texts.forEach(text -> ScVocabulary.audience(text).ifPresent(audiences::add));
        // SC's mantel is optional; a record that names no audience is for everyone.
        return audiences.isEmpty() ? EnumSet.allOf(Audience.class) : audiences;
    }

    private static Instant instant(String modified) {
        if (modified == null || modified.isBlank()) {
            throw new IllegalArgumentException("The record has no dcterms:modified");
        }
        if (modified.length() == 10) {
            return LocalDate.parse(modified).atStartOfDay(NETHERLANDS).toInstant();
        }
        return OffsetDateTime.parse(modified).toInstant();
    }

    private static URI uri(String value, String what) {
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The " + what + " is not a URI: " + value);
        }
    }
}
