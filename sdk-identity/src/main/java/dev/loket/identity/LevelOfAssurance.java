package dev.loket.identity;

/**
 * How sure the government is that a person is who they say they are, on one ordered scale for
 * DigiD, eHerkenning and eIDAS. The scale follows eIDAS (low, substantial, high); the Dutch means
 * map onto it as the NL GOV assurance profile does. A service asks for a level; any session at that
 * level or higher may use it.
 */
public enum LevelOfAssurance {
    /** No login, or a login that proves nothing about identity (such as eHerkenning EH1). */
    NONE,
    /** eIDAS low: DigiD basis and midden, eHerkenning EH2 and EH2+. */
    LOW,
    /** eIDAS substantial: DigiD substantieel, eHerkenning EH3. */
    SUBSTANTIAL,
    /** eIDAS high: DigiD hoog, eHerkenning EH4. */
    HIGH;

    /** True when this level is at least {@code required}. */
    public boolean satisfies(LevelOfAssurance required) {
        return compareTo(required) >= 0;
    }
}
