package dev.loket.forms.definition;

/**
 * Where a component's value may come from, if the law or the person allows: a prefill source
 * (e.g. {@code brp}, the population register) and the attribute in it. Resolved by the prefill SPI.
 *
 * @param source    the registered prefill source
 * @param attribute the attribute within it, e.g. {@code naam.voornamen}
 */
public record Prefill(String source, String attribute) {
}
