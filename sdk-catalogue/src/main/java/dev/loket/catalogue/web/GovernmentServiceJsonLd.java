package dev.loket.catalogue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.Fee;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.core.Json;
import dev.loket.core.Language;

/**
 * A product as schema.org {@code GovernmentService} JSON-LD, for the
 * {@code <script type="application/ld+json">} block of its page, so search engines show the service
 * with its provider, area, channels and costs.
 *
 * <p>The block is data, not script: browsers do not run it, and the content security policy's
 * {@code script-src 'self'} does not apply to it (a data block is never executed). What matters is
 * that nothing in it can end the element: {@link #forScriptElement} escapes {@code <}, {@code >}
 * and {@code &} as JSON {@code \}{@code u} escapes, so an agency's text with {@code </script>} stays text.
 */
final class GovernmentServiceJsonLd {

    private GovernmentServiceJsonLd() {
    }

    static ObjectNode of(Product product, Language language) {
        ObjectNode service = Json.mapper().createObjectNode();
        service.put("@context", "https://schema.org");
        service.put("@type", "GovernmentService");
        service.put("@id", product.id().toString());
        service.put("name", product.name().in(language));
        service.put("description", product.description().in(language));
        service.put("inLanguage", language.tag());
        product.upl().ifPresent(upl -> {
            service.put("serviceType", upl.name());
            service.put("additionalType", upl.uri().toString());
        });
        ObjectNode provider = service.putObject("provider");
        provider.put("@type", "GovernmentOrganization");
        provider.put("name", product.competentAuthority().name());
        product.competentAuthority().owmsUri().ifPresent(uri -> provider.put("@id", uri.toString()));
        ObjectNode area = service.putObject("areaServed");
        area.put("@type", "AdministrativeArea");
        area.put("name", product.spatialScope().name());
        ArrayNode audiences = service.putArray("audience");
        for (Audience audience : product.audiences()) {
            audiences.addObject().put("@type", "Audience")
                    .put("audienceType", audience == Audience.CITIZEN ? "citizens" : "businesses");
        }
        ArrayNode channels = service.putArray("availableChannel");
        product.channels().forEach(c -> channel(channels.addObject(), c));
        ArrayNode offers = service.putArray("offers");
        for (Fee fee : product.costs()) {
            ObjectNode offer = offers.addObject();
            offer.put("@type", "Offer");
            offer.put("name", fee.description().in(language));
            fee.amount().ifPresent(a -> offer.put("price", a.amount().toPlainString()));
            offer.put("priceCurrency", fee.currency().getCurrencyCode());
        }
        return service;
    }

    private static void channel(ObjectNode node, ServiceChannel channel) {
        node.put("@type", "ServiceChannel");
        node.put("name", channel.name().orElse(channel.kind().name().toLowerCase()));
        channel.url().ifPresent(url -> node.put("serviceUrl", url.toString()));
        channel.phoneNumber().ifPresent(phone -> node.putObject("servicePhone")
                .put("@type", "ContactPoint").put("telephone", phone));
        channel.address().ifPresent(a -> {
            ObjectNode address = node.putObject("serviceLocation").put("@type", "Place").putObject("address");
            address.put("@type", "PostalAddress");
            address.put("streetAddress", a.street() + " " + a.houseNumber());
            address.put("postalCode", a.postcode());
            address.put("addressLocality", a.city());
            address.put("addressCountry", "NL");
        });
    }

    /** The JSON text, safe inside a {@code <script>} element: no character in it can close or open an element. */
    static String forScriptElement(ObjectNode jsonLd) {
        try {
            return Json.mapper().writeValueAsString(jsonLd)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
