package dev.loket.catalogue;

/** Who a service is for; Samenwerkende Catalogi calls them "particulier" and "ondernemer". */
public enum Audience {
    CITIZEN,
    BUSINESS
}
