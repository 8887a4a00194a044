/**
 * "Wat kan ik krijgen?": {@link dev.loket.catalogue.eligibility.Eligibility} evaluates every product's
 * JSON Logic eligibility rules against the {@link dev.loket.catalogue.eligibility.PersonFacts} a person
 * gave, with sdk-forms' engine, and says which services they are likely to get, which not, and what is
 * still unknown. A rule that reads a fact the person did not give is "unknown", never "no". Nothing the
 * person tells is stored.
 */
package dev.loket.catalogue.eligibility;
