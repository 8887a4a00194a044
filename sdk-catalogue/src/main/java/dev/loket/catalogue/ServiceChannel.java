package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One way to use a service, with when it is available and how one can pay there. Payment methods
 * belong to the channel because that is where they differ: the web form takes iDEAL, the counter
 * takes pin and cash.
 *
 * <p>Which of the optional parts a channel has depends on its kind: an online channel has a
 * {@code url} or a Loket {@code formId}; a counter an {@code address}; a phone line a
 * {@code phoneNumber}; post an {@code address} to write to; chat a {@code url}.
 *
 * @param kind                online, counter, phone, post or chat
 * @param name                what people call this channel, where it has a name of its own: the counter's
 *                            building or department ("Stadskantoor", "Werkplein Werk en Inkomen")
 * @param url                 the web page, or the chat's page
 * @param formId              the Loket form (sdk-forms) that files the request online
 * @param address             the counter's visiting address or the postal address
 * @param phoneNumber         the number to call, as written for people ("14 030")
 * @param appointmentRequired whether a counter visit needs an appointment
 * @param availability        when the channel can be used
 * @param paymentMethods      how one can pay on this channel; empty when there is nothing to pay
 */
public record ServiceChannel(ChannelKind kind, Optional<String> name, Optional<URI> url, Optional<String> formId, Optional<Address> address,
                             Optional<String> phoneNumber, boolean appointmentRequired, Availability availability,
                             Set<PaymentMethod> paymentMethods) {

    public ServiceChannel {
        Objects.requireNonNull(kind, "A channel's kind is required");
        name = Copies.optional(name).filter(n -> !n.isBlank()).map(n -> Copies.writable(n, "A channel's name"));
        url = Copies.optional(url);
        formId = Copies.optional(formId).map(f -> Copies.required(f, "A form id"));
        address = Copies.optional(address);
        phoneNumber = Copies.optional(phoneNumber).map(p -> Copies.required(p, "A phone number"));
        availability = availability == null ? Availability.allDay() : availability;
        paymentMethods = Copies.enums(paymentMethods, PaymentMethod.class);
        switch (kind) {
            case ONLINE -> require(url.isPresent() || formId.isPresent(), "An online channel has a URL or a form id");
            case COUNTER, POST -> require(address.isPresent(), "A " + kind.name().toLowerCase() + " channel has an address");
            case PHONE -> require(phoneNumber.isPresent(), "A phone channel has a phone number");
            case CHAT -> require(url.isPresent(), "A chat channel has a URL");
        }
    }

    /** The same channel under a name of its own. */
    public ServiceChannel named(String name) {
        return new ServiceChannel(kind, Optional.of(name), url, formId, address, phoneNumber, appointmentRequired,
                availability, paymentMethods);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static ServiceChannel online(URI url, Collection<PaymentMethod> paymentMethods) {
        return new ServiceChannel(ChannelKind.ONLINE, Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Availability.allDay(), Set.copyOf(paymentMethods));
    }

    public static ServiceChannel form(String formId, Collection<PaymentMethod> paymentMethods) {
        return new ServiceChannel(ChannelKind.ONLINE, Optional.empty(), Optional.empty(), Optional.of(formId), Optional.empty(),
                Optional.empty(), false, Availability.allDay(), Set.copyOf(paymentMethods));
    }

    public static ServiceChannel counter(Address address, boolean appointmentRequired, Availability availability,
                                         Collection<PaymentMethod> paymentMethods) {
        return new ServiceChannel(ChannelKind.COUNTER, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(address),
                Optional.empty(), appointmentRequired, availability, Set.copyOf(paymentMethods));
    }

    public static ServiceChannel phone(String phoneNumber, Availability availability) {
        return new ServiceChannel(ChannelKind.PHONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(phoneNumber), false, availability, Set.of());
    }

    public static ServiceChannel post(Address address, Collection<PaymentMethod> paymentMethods) {
        return new ServiceChannel(ChannelKind.POST, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(address),
                Optional.empty(), false, Availability.allDay(), Set.copyOf(paymentMethods));
    }

    public static ServiceChannel chat(URI url, Availability availability) {
        return new ServiceChannel(ChannelKind.CHAT, Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(),
                Optional.empty(), false, availability, Set.of());
    }
}
