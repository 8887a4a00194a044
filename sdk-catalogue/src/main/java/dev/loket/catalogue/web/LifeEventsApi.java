package dev.loket.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.lifeevent.LifeEventPlan;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** "What do I need now?" as JSON: the life events, and one worked out for a municipality. */
@Path("api/catalogue/life-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue life events")
public class LifeEventsApi {

    static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    LifeEventGuide guide;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A life event in the list. */
    public record EventSummary(String id, String name, String description, String audience) {
    }

    /** A life event for a municipality. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(String id, String name, String description, String municipality,
                           List<StepView> steps) {
    }

    /** One step, with the services that do it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(int number, String title, String explanation, boolean optional,
                           String providedBy, boolean needsMunicipality, List<ServiceViews.ServiceView> services) {
    }

    @GET
    @Operation(summary = "The life events (and business events), in order")
    public List<EventSummary> events() {
        Language language = languages.of(headers, uri);
        return guide.events().stream().map(e -> summary(e, language)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A life event's steps in order, each with the services of whichever agencies provide it, "
            + "their channels and payment methods (cash shown), for a municipality")
    @Parameter(name = "municipality", description = "CBS code of the person's municipality, e.g. GM0344; "
            + "without it, the municipality's steps have no services yet")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "Not a municipality code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such life event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanView plan(@PathParam("id") String id, @QueryParam("municipality") String municipality) {
        Language language = languages.of(headers, uri);
        LifeEventPlan plan = guide.plan(id, municipality(municipality));
        return view(plan, language);
    }

    static Optional<String> municipality(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (!MUNICIPALITY.matcher(raw.strip()).matches()) {
            throw new LoketException(ProblemType.VALIDATION, Message.of(SearchDocuments.BUNDLE, "search.invalid"),
                    List.of(new FieldError("/municipality",
                            Message.of(SearchDocuments.BUNDLE, "eligibility.fact.municipality"))));
        }
        return Optional.of(raw.strip());
    }

    static EventSummary summary(LifeEvent event, Language language) {
        return new EventSummary(event.id(), event.name().in(language), event.description().in(language),
                event.audience().name());
    }

    static PlanView view(LifeEventPlan plan, Language language) {
        List<StepView> steps = plan.steps().stream().map(s -> new StepView(s.number(), s.step().title().in(language),
                s.step().explanation().map(e -> e.in(language)).orElse(null), s.step().optional(), s.step().providedBy().name(),
                s.needsMunicipality(plan.municipality()),
                s.services().stream().map(p -> ServiceViews.of(p, language)).toList())).toList();
        return new PlanView(plan.event().id(), plan.event().name().in(language), plan.event().description().in(language),
                plan.municipality().orElse(null), steps);
    }
}
