package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.catalogue.Address;
import dev.loket.catalogue.Agency;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.Fee;
import dev.loket.catalogue.OpeningHours;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.SpatialScope;
import dev.loket.core.Language;

import java.io.OutputStream;
import java.util.Set;

/**
 * Products as schema.org {@code GovernmentService} JSON-LD: for search engines, embedded in a
 * product page ({@link #governmentService}), or a whole catalogue as one {@code @graph}.
 */
public final class SchemaOrgWriter implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonLdStream out;
    private final Language language;

    SchemaOrgWriter(OutputStream out, Language language) {
        this.out = new JsonLdStream(out, TextNode.valueOf("https://schema.org"));
        this.language = language;
    }

    public void write(Product product) {
        out.node(node(product, language));
    }

    /**
     * One product as a stand-alone JSON-LD object with its own {@code @context}, to embed in the
     * product's page in a {@code <script type="application/ld+json">}. Escape {@code </} when
     * embedding it (see {@link JsonLd#forScriptElement}).
     */
    public static ObjectNode governmentService(Product product, Language language) {
        ObjectNode node = NODES.objectNode().put("@context", "https://schema.org");
        node.setAll(node(product, language));
        return node;
    }

    static ObjectNode node(Product product, Language language) {
        ObjectNode service = NODES.objectNode();
        service.put("@type", "GovernmentService");
        service.put("@id", product.id().toString());
        service.put("name", product.name().in(language));
        service.put("description", product.description().in(language));
        product.upl().ifPresent(upl -> service.put("serviceType", upl.name()));
        service.set("serviceOperator", organisation(product.competentAuthority()));
        service.set("provider", organisation(product.competentAuthority()));
        service.set("jurisdiction", area(product.spatialScope()));
        service.set("areaServed", area(product.spatialScope()));
        ArrayNode audiences = service.putArray("audience");
        product.audiences().forEach(a -> audiences.addObject().put("@type", "Audience")
                .put("audienceType", a == Audience.CITIZEN ? "citizens" : "businesses"));
        ArrayNode channels = service.putArray("availableChannel");
        product.channels().forEach(channel -> channels.add(channel(channel)));
        if (!product.costs().isEmpty()) {
            ArrayNode offers = service.putArray("offers");
            product.costs().forEach(fee -> offers.add(offer(fee, product, language)));
        }
        return service;
    }

    private static ObjectNode organisation(Agency agency) {
        ObjectNode organisation = NODES.objectNode();
        organisation.put("@type", agency.type() == AgencyType.PRIVATE ? "Organization" : "GovernmentOrganization");
        organisation.put("name", agency.name());
        agency.owmsUri().ifPresent(uri -> organisation.put("sameAs", uri.toString()));
        return organisation;
    }

    private static ObjectNode area(SpatialScope scope) {
        ObjectNode area = NODES.objectNode();
        area.put("@type", scope.kind() == SpatialScope.Kind.COUNTRY ? "Country" : "AdministrativeArea");
        area.put("name", scope.name());
        return area;
    }

    private static ObjectNode channel(ServiceChannel channel) {
        ObjectNode node = NODES.objectNode().put("@type", "ServiceChannel");
        channel.name().ifPresent(name -> node.put("name", name));
        channel.url().filter(dev.loket.catalogue.Links::isWebLink).ifPresent(url -> node.put("serviceUrl", url.toString()));
        channel.phoneNumber().ifPresent(phone -> node.putObject("servicePhone").put("@type", "ContactPoint").put("telephone", phone));
        channel.address().ifPresent(address -> {
            ObjectNode postal = postal(address);
            if (channel.kind() == dev.loket.catalogue.ChannelKind.POST) {
                node.set("servicePostalAddress", postal);
            } else {
                ObjectNode place = node.putObject("serviceLocation").put("@type", "Place");
                place.set("address", postal);
                if (!channel.availability().openingHours().isEmpty()) {
                    ArrayNode hours = place.putArray("openingHoursSpecification");
                    for (OpeningHours period : channel.availability().openingHours()) {
                        hours.addObject().put("@type", "OpeningHoursSpecification")
                                .put("dayOfWeek", "https://schema.org/" + capitalised(period.day().name()))
                                .put("opens", period.opens().toString()).put("closes", period.closes().toString());
                    }
                }
            }
        });
        return node;
    }

    private static ObjectNode postal(Address address) {
        return NODES.objectNode().put("@type", "PostalAddress")
                .put("streetAddress", address.street() + " " + address.houseNumber())
                .put("postalCode", address.postcode())
                .put("addressLocality", address.city())
                .put("addressCountry", "NL");
    }

    private static ObjectNode offer(Fee fee, Product product, Language language) {
        ObjectNode offer = NODES.objectNode().put("@type", "Offer");
        offer.put("name", fee.description().in(language));
        fee.amount().ifPresent(cost -> offer.put("price", cost.amount().toPlainString()));
        offer.put("priceCurrency", fee.currency().getCurrencyCode());
        Set<PaymentMethod> methods = product.paymentMethods();
        if (!methods.isEmpty()) {
            ArrayNode accepted = offer.putArray("acceptedPaymentMethod");
            methods.stream().filter(m -> m != PaymentMethod.FREE).forEach(m -> accepted.add(paymentMethod(m)));
        }
        return offer;
    }

    /** Schema.org's payment methods are GoodRelations' (and cash is among them); iDEAL and pin have none of their own. */
    private static String paymentMethod(PaymentMethod method) {
        return switch (method) {
            case CASH -> "http://purl.org/goodrelations/v1#Cash";
            case CREDIT_CARD -> "http://purl.org/goodrelations/v1#PaymentMethodCreditCard";
            case INVOICE -> "http://purl.org/goodrelations/v1#ByInvoice";
            case PIN -> "https://loket.dev/vocab/payment#PIN";
            case IDEAL -> "https://loket.dev/vocab/payment#IDEAL";
            case FREE -> "https://loket.dev/vocab/payment#FREE";
        };
    }

    private static String capitalised(String day) {
        return day.charAt(0) + day.substring(1).toLowerCase();
    }

    @Override
    public void close() {
        out.close();
    }
}
