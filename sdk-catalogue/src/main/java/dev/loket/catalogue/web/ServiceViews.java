package dev.loket.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loket.catalogue.Address;
import dev.loket.catalogue.Fee;
import dev.loket.catalogue.Links;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.Language;
import dev.loket.core.Message;

import java.util.List;

/**
 * How a service is shown in JSON and on pages: its name, its agency, each channel with its
 * address or link, opening hours note and how one can pay there (cash called out, for those who
 * can pay no other way), and its costs. Records read by pages as method calls; a part a channel
 * does not have is null (and left out of the JSON).
 */
final class ServiceViews {

    private ServiceViews() {
    }

    /** A service as a life event or a product page shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceView(String id, String name, String description, String agency, List<ChannelView> channels,
                       List<CostView> costs, boolean cash, boolean free) {
    }

    /** One way to use the service. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChannelView(String kind, String label, String name, String url, String formId,
                       String address, String phone, boolean appointmentRequired,
                       String availability, List<PaymentView> paymentMethods, boolean cash) {
    }

    /** A way to pay. */
    record PaymentView(String method, String label) {
    }

    /** One cost. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostView(String description, String amount, String currency, String formula) {
    }

    static ServiceView of(Product product, Language language) {
        List<ChannelView> channels = product.channels().stream().map(c -> channel(c, language)).toList();
        return new ServiceView(product.id().toString(), product.name().in(language), product.description().in(language),
                product.competentAuthority().name(), channels,
                product.costs().stream().map(f -> cost(f, language)).toList(),
                product.paymentMethods().contains(PaymentMethod.CASH), product.isFreeOfCharge());
    }

    static ChannelView channel(ServiceChannel channel, Language language) {
        String kind = channel.kind().name();
        List<PaymentView> payments = channel.paymentMethods().stream().sorted()
                .map(m -> new PaymentView(m.name(), label("payment." + m.name(), language))).toList();
        return new ChannelView(kind, label("channel." + kind, language), channel.name().orElse(null),
                // Never a non-web link, even one stored before links were checked on the way in.
                channel.url().filter(Links::isWebLink).map(Object::toString).orElse(null), channel.formId().orElse(null),
                channel.address().map(ServiceViews::address).orElse(null),
                channel.phoneNumber().orElse(null), channel.appointmentRequired(),
                channel.availability().note().map(n -> n.in(language)).orElse(null), payments,
                channel.paymentMethods().contains(PaymentMethod.CASH));
    }

    static CostView cost(Fee fee, Language language) {
        return new CostView(fee.description().in(language),
                fee.amount().map(a -> a.amount().toPlainString()).orElse(null), fee.currency().getCurrencyCode(),
                fee.formula().map(Object::toString).orElse(null));
    }

    static String address(Address address) {
        return address.street() + " " + address.houseNumber() + ", " + address.postcode() + " " + address.city();
    }

    static String label(String key, Language language) {
        return Message.of(SearchDocuments.BUNDLE, key).in(language);
    }
}
