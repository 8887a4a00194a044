/**
 * Identifiers of people, organisations, accounts and addresses in the Netherlands and Europe, as
 * small, exact value types: {@link dev.loket.core.identifier.Bsn}, {@link dev.loket.core.identifier.Rsin},
 * {@link dev.loket.core.identifier.KvkNumber}, {@link dev.loket.core.identifier.KvkBranchNumber},
 * {@link dev.loket.core.identifier.Iban}, {@link dev.loket.core.identifier.Postcode},
 * {@link dev.loket.core.identifier.HouseNumber} and {@link dev.loket.core.identifier.PhoneNumber}.
 *
 * <p>They live in sdk-core because forms validate these fields and identity receives them from a
 * login; both must agree on what a valid number is.
 *
 * <p>Every type works the same way:
 * <ul>
 *   <li>{@code parse(String)} accepts the ways people write the identifier (spaces, dots, dashes,
 *       lower case), returns {@code Optional.empty()} for anything else and never throws, whatever
 *       the input: it is meant for text straight from a form field.</li>
 *   <li>An instance always holds a valid, normalised value; {@code value()} gives it.</li>
 *   <li>{@code toString()} is the normalised value, which {@code parse} reads back, except for the
 *       {@code Bsn}, which the law protects and which is therefore masked.</li>
 * </ul>
 *
 * <p>The checks are our own small classes rather than a library's, because they are Dutch domain
 * rules (elfproef, the postcode letters PostNL does not issue, the BAG's house number parts) that
 * general validators do not know or get subtly different. Where an independent implementation
 * exists (Commons Validator's IBAN table), the tests compare ours against it.
 */
package dev.loket.core.identifier;
