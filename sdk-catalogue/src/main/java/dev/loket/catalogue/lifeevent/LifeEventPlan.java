package dev.loket.catalogue.lifeevent;

import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.LifeEventStep;
import dev.loket.catalogue.Product;

import java.util.List;
import java.util.Optional;

/**
 * A life event worked out for one person's municipality: what to do, in order, and where.
 *
 * @param event        the life event
 * @param municipality the CBS code of the person's municipality; empty when not given (then the
 *                     municipality's own steps have no services yet, and say so)
 * @param steps        the steps, in the event's order
 */
public record LifeEventPlan(LifeEvent event, Optional<String> municipality, List<Step> steps) {

    public LifeEventPlan {
        steps = List.copyOf(steps);
    }

    /**
     * One step with the services that fulfil it.
     *
     * @param number   the step's number, from 1
     * @param step     what to do
     * @param services the services that do it for this person, of any agency; empty when the catalogue has none
     *                 (or, for a municipality's step, when the municipality is not known)
     */
    public record Step(int number, LifeEventStep step, List<Product> services) {

        public Step {
            services = List.copyOf(services);
        }

        /** True when the step needs the person's municipality to show its services, and it is not known. */
        public boolean needsMunicipality(Optional<String> municipality) {
            return municipality.isEmpty() && step.providedBy() == dev.loket.catalogue.AgencyType.MUNICIPALITY
                    && step.products().isEmpty();
        }
    }
}
