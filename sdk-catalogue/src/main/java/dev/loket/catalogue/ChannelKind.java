package dev.loket.catalogue;

/** How a person can use a service (CPSV-AP {@code hasChannel} with the channel's type). */
public enum ChannelKind {
    /** A web page or a Loket form. */
    ONLINE,
    /** A desk at an address, with or without appointment. */
    COUNTER,
    PHONE,
    POST,
    CHAT
}
