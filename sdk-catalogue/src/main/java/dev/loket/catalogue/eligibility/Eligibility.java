package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.Requirement;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.internal.eligibility.Decision;
import dev.loket.forms.logic.InvalidRuleException;
import dev.loket.forms.logic.RuleBudgetExceededException;
import dev.loket.forms.logic.LogicContext;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * "Wat kan ik krijgen?" over the whole catalogue: the eligibility rules of every product, compiled
 * once and kept current like the search ({@link #put}, {@link #remove}), evaluated for the facts a
 * person gives. Only the services of the person's municipality and those of agencies that serve
 * everyone are considered; without a municipality, only the latter. Nothing is stored: the facts
 * live as long as the call.
 */
public final class Eligibility {

    private static final Logger LOG = Logger.getLogger(Eligibility.class.getName());
    private static final String MUNICIPALITY = "municipality";
    private static final String EVERYWHERE = "*";

    private final FactCatalogue facts;
    private final LogicContext context;
    /** Products with at least one rule, by the municipality they are for ({@value #EVERYWHERE}: everyone). */
    private final Map<String, Map<URI, Service>> byArea = new ConcurrentHashMap<>();
    private final Map<URI, String> areaOf = new ConcurrentHashMap<>();
    private final Map<String, String> municipalityNames = new ConcurrentHashMap<>();
    /** Rules repeat across municipalities: one compiled rule per distinct text. */
    private final Map<String, Optional<Decision>> compiled = new ConcurrentHashMap<>();

    public Eligibility(FactCatalogue facts, Clock clock) {
        this.facts = facts;
        this.context = new LogicContext(clock, ZoneId.of("Europe/Amsterdam"));
    }

    public FactCatalogue facts() {
        return facts;
    }

    /** Adds or replaces a product's rules. A product without any rule is not a candidate (and is removed). */
    public synchronized void put(Product product) {
        remove(product.id());
        List<Condition> conditions = new ArrayList<>();
        for (Requirement requirement : product.requirements()) {
            conditions.add(new Condition(requirement.text(), requirement.rule().flatMap(r -> compile(product, r))));
        }
        if (conditions.stream().noneMatch(c -> c.decision().isPresent())) {
            return;
        }
        SpatialScope scope = product.spatialScope();
        String area = scope.kind() == SpatialScope.Kind.MUNICIPALITY ? scope.code() : EVERYWHERE;
        if (!area.equals(EVERYWHERE)) {
            municipalityNames.put(scope.code(), scope.name());
        }
        byArea.computeIfAbsent(area, a -> new ConcurrentHashMap<>()).put(product.id(),
                new Service(product.id(), product.name(), product.competentAuthority().name(), conditions));
        areaOf.put(product.id(), area);
    }

    public synchronized void remove(URI productId) {
        String area = areaOf.remove(productId);
        if (area != null) {
            byArea.getOrDefault(area, Map.of()).remove(productId);
        }
    }

    public synchronized void replaceAll(Collection<Product> products) {
        byArea.clear();
        areaOf.clear();
        products.forEach(this::put);
    }

    /** The municipalities that have services with rules, by code, sorted by name: the choices of a page. */
    public Map<String, String> municipalities() {
        Map<String, String> sorted = new TreeMap<>((a, b) -> {
            int byName = municipalityNames.get(a).compareTo(municipalityNames.get(b));
            return byName != 0 ? byName : a.compareTo(b);
        });
        sorted.putAll(municipalityNames);
        return sorted;
    }

    /** What these facts say about every candidate service. */
    public EligibilityResult check(PersonFacts person) {
        Predicate<String> known = person::has;
        List<ServiceEligibility> likely = new ArrayList<>();
        List<ServiceEligibility> unknown = new ArrayList<>();
        List<ServiceEligibility> notEligible = new ArrayList<>();
        List<Service> candidates = new ArrayList<>(byArea.getOrDefault(EVERYWHERE, Map.of()).values());
        person.get(MUNICIPALITY).ifPresent(m -> candidates.addAll(byArea.getOrDefault(m.asText(), Map.of()).values()));
        Map<String, Integer> wanted = new HashMap<>();
        for (Service service : candidates) {
            ServiceEligibility result = service.check(person, known);
            switch (result.verdict()) {
                case LIKELY -> likely.add(result);
                case NOT_ELIGIBLE -> notEligible.add(result);
                case UNKNOWN -> {
                    unknown.add(result);
                    result.missing().forEach(f -> wanted.merge(f.name(), 1, Integer::sum));
                }
            }
        }
        if (!person.has(MUNICIPALITY)) {
            int most = byArea.entrySet().stream().filter(e -> !e.getKey().equals(EVERYWHERE))
                    .mapToInt(e -> e.getValue().size()).max().orElse(0);
            if (most > 0) {
                wanted.merge(MUNICIPALITY, most, Integer::sum);
            }
        }
        Comparator<ServiceEligibility> byName = Comparator.comparing(s -> s.name().nl());
        likely.sort(byName);
        unknown.sort(Comparator.<ServiceEligibility>comparingInt(s -> s.missing().size()).thenComparing(byName));
        notEligible.sort(byName);
        return new EligibilityResult(likely, unknown, notEligible, wanted(wanted));
    }

    private List<EligibilityResult.WantedFact> wanted(Map<String, Integer> counts) {
        List<EligibilityResult.WantedFact> wanted = new ArrayList<>();
        for (Fact fact : facts.all()) {
            Integer count = counts.get(fact.name());
            if (count != null) {
                wanted.add(new EligibilityResult.WantedFact(fact, count));
            }
        }
        wanted.sort(Comparator.comparingInt(EligibilityResult.WantedFact::services).reversed());
        return wanted;
    }

    private Optional<Decision> compile(Product product, dev.loket.catalogue.JsonLogicRule rule) {
        return compiled.computeIfAbsent(rule.json(), json -> {
            try {
                return Optional.of(Decision.of(rule.node()));
            } catch (InvalidRuleException e) {
                // The agency's text still stands; the person checks it themselves.
                LOG.warning(() -> "Eligibility rule of " + product.id() + " cannot be compiled, shown as text only: "
                        + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** A condition of a service: its words and, where it has one, its compiled rule. */
    private record Condition(LocalizedText text, Optional<Decision> decision) {
    }

    /** What eligibility keeps of a product: no more than it shows. */
    private final class Service {
        final URI id;
        final LocalizedText name;
        final String agency;
        final List<Condition> conditions;

        Service(URI id, LocalizedText name, String agency, List<Condition> conditions) {
            this.id = id;
            this.name = name;
            this.agency = agency;
            this.conditions = List.copyOf(conditions);
        }

        ServiceEligibility check(PersonFacts person, Predicate<String> known) {
            List<Reason> reasons = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            boolean failed = false;
            boolean open = false;
            for (Condition condition : conditions) {
                if (condition.decision().isEmpty()) {
                    reasons.add(new Reason(condition.text(), Reason.Outcome.CHECK_YOURSELF, List.of()));
                    continue;
                }
                Decision decision = condition.decision().get();
                Decision.Outcome outcome;
                try {
                    outcome = decision.decide(person.data(), known, context);
                } catch (RuleBudgetExceededException e) {
                    // One agency's costly rule must not take the answer for every other service with it.
                    LOG.warning(() -> "Eligibility rule of " + id + " stopped after its step budget; shown as text only: "
                            + e.getMessage());
                    reasons.add(new Reason(condition.text(), Reason.Outcome.CHECK_YOURSELF, List.of()));
                    continue;
                }
                switch (outcome) {
                    case YES -> reasons.add(new Reason(condition.text(), Reason.Outcome.MET, List.of()));
                    case NO -> {
                        failed = true;
                        reasons.add(new Reason(condition.text(), Reason.Outcome.NOT_MET, List.of()));
                    }
                    case UNKNOWN -> {
                        open = true;
                        Set<String> needed = decision.missing(known);
                        missing.addAll(needed);
                        reasons.add(new Reason(condition.text(), Reason.Outcome.UNKNOWN, facts(needed)));
                    }
                }
            }
            Verdict verdict = failed ? Verdict.NOT_ELIGIBLE : open ? Verdict.UNKNOWN : Verdict.LIKELY;
            return new ServiceEligibility(id, name, agency, verdict, reasons,
                    verdict == Verdict.UNKNOWN ? facts(missing) : List.of());
        }

        private List<Fact> facts(Set<String> names) {
            List<Fact> known = new ArrayList<>();
            for (Fact fact : facts.all()) {
                if (names.contains(fact.name())) {
                    known.add(fact);
                }
            }
            // A rule may read a fact the catalogue does not ask for: it is still missing, said by its name.
            for (String name : names) {
                if (facts.fact(name).isEmpty()) {
                    known.add(new Fact(name, Fact.Type.CHOICE, LocalizedText.dutch(name), Optional.empty(),
                            LocalizedText.dutch(name), Optional.empty(), Optional.empty(), List.of(), false));
                }
            }
            return known;
        }
    }
}
