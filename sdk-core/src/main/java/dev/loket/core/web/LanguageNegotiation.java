package dev.loket.core.web;

import dev.loket.core.Language;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides in which language a request is answered. In order: an explicit {@code ?lang=} in the
 * address (so a link can be shared in a language), the language the person chose before (a
 * cookie), the browser's {@code Accept-Language}, and finally {@code loket.default-language}.
 */
public final class LanguageNegotiation {

    /** Query parameter that picks a language for one request. */
    public static final String PARAMETER = "lang";
    /** Cookie that remembers the language a person chose. */
    public static final String COOKIE = "loket-lang";

    private static final List<Locale> SUPPORTED =
            Arrays.stream(Language.values()).map(Language::locale).toList();

    private final Language fallback;

    public LanguageNegotiation(Language fallback) {
        this.fallback = fallback;
    }

    /** Negotiation with the default language from MicroProfile Config ({@code loket.default-language}, default nl). */
    public static LanguageNegotiation fromConfig() {
        Language fallback = ConfigProvider.getConfig()
                .getOptionalValue("loket.default-language", String.class)
                .flatMap(Language::fromTag)
                .orElse(Language.NL);
        return new LanguageNegotiation(fallback);
    }

    public Language of(HttpHeaders headers, UriInfo uri) {
        return Language.fromTag(uri.getQueryParameters().getFirst(PARAMETER))
                .or(() -> Optional.ofNullable(headers.getCookies().get(COOKIE)).flatMap(c -> Language.fromTag(c.getValue())))
                .or(() -> fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(fallback);
    }

    /** The best supported language by the header's q-values; empty for a missing or malformed header. */
    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookup(ranges, SUPPORTED))
                    .flatMap(l -> Language.fromTag(l.toLanguageTag()));
        } catch (RuntimeException malformed) {
            // The JDK's parser throws IllegalArgumentException for most garbage, and worse for some
            // (ArrayIndexOutOfBoundsException for "-"): a header can never break a page.
            return Optional.empty();
        }
    }
}
