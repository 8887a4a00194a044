package dev.loket.identity;

import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.KvkBranchNumber;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.core.identifier.Rsin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in, as one of the kinds Dutch government knows: a citizen by BSN (DigiD), a company
 * by KvK number (eHerkenning), an EU citizen through eIDAS, an employee of the agency (the counter),
 * or someone known only by a pseudonym the broker gave. Every kind has a {@link #pseudonym} for
 * logs and records, so code that only needs to tell people apart never touches the identifier.
 */
public sealed interface Identity permits Identity.Citizen, Identity.Company, Identity.EuCitizen,
        Identity.Employee, Identity.Pseudonymous {

    /** The keyed pseudonym of this identity: what logs, drafts and consent records hold. */
    String pseudonym(Pseudonyms pseudonyms);

    /** A Dutch citizen, by a BSN that passed the elfproef. */
    record Citizen(Bsn bsn) implements Identity {
        public Citizen {
            Objects.requireNonNull(bsn, "bsn");
        }

        @Override
        public String pseudonym(Pseudonyms pseudonyms) {
            return pseudonyms.of(bsn);
        }
    }

    /**
     * A company or other organisation in the trade register, as eHerkenning identifies it.
     *
     * @param kvk    the KvK number
     * @param branch the branch (vestiging), when the login is for one
     * @param rsin   the RSIN, when the broker sends it
     */
    record Company(KvkNumber kvk, Optional<KvkBranchNumber> branch, Optional<Rsin> rsin) implements Identity {
        public Company {
            Objects.requireNonNull(kvk, "kvk");
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(rsin, "rsin");
        }

        @Override
        public String pseudonym(Pseudonyms pseudonyms) {
            return pseudonyms.of("kvk", kvk.value() + branch.map(b -> "/" + b.value()).orElse(""));
        }
    }

    /**
     * A citizen of another EU country, through eIDAS: a pseudonymous person identifier
     * ({@code DE/NL/...}) and, as eIDAS requires, name and date of birth.
     */
    record EuCitizen(String personIdentifier, Optional<String> givenName, Optional<String> familyName,
                     Optional<LocalDate> birthDate) implements Identity {
        public EuCitizen {
            if (personIdentifier == null || personIdentifier.isBlank()) {
                throw new IllegalArgumentException("An eIDAS identity needs its person identifier");
            }
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(birthDate, "birthDate");
        }

        @Override
        public String pseudonym(Pseudonyms pseudonyms) {
            return pseudonyms.of("eidas", personIdentifier);
        }

        /** Without the identifier, name or birth date, so it cannot leak into a log. */
        @Override
        public String toString() {
            return "EuCitizen[eIDAS " + personIdentifier.substring(0, Math.min(6, personIdentifier.length())) + "...]";
        }
    }

    /** An employee of the agency, for the counter channel, with the roles the agency's login gave. */
    record Employee(String userId, Set<String> roles) implements Identity {
        public Employee {
            if (userId == null || userId.isBlank()) {
                throw new IllegalArgumentException("An employee needs a user id");
            }
            roles = Set.copyOf(roles);
        }

        /** The user id: an employee's actions are recorded under their own name, not a pseudonym. */
        @Override
        public String pseudonym(Pseudonyms pseudonyms) {
            return userId;
        }

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    /**
     * Someone the broker identifies only by a pseudonym ({@code sub_id_type}
     * {@code urn:nl-eid-gdi:1.0:id:pseudonym}), as agencies not entitled to the BSN receive.
     */
    record Pseudonymous(String issuer, String subject) implements Identity {
        public Pseudonymous {
            Objects.requireNonNull(issuer, "issuer");
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("A pseudonymous identity needs its subject");
            }
        }

        @Override
        public String pseudonym(Pseudonyms pseudonyms) {
            return pseudonyms.of("sub", issuer + " " + subject);
        }
    }
}
