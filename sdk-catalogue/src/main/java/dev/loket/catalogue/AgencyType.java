package dev.loket.catalogue;

/**
 * The kind of organisation that provides a service. {@link #PRIVATE} is for organisations outside
 * government that a life event still needs (a bank blocks a stolen bank card): a portal shows them
 * as a step, but they publish no Samenwerkende Catalogi feed of their own.
 */
public enum AgencyType {
    MUNICIPALITY,
    PROVINCE,
    WATER_BOARD,
    NATIONAL,
    PRIVATE
}
