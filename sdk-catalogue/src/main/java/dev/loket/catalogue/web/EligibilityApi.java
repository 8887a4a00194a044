package dev.loket.catalogue.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * "Wat kan ik krijgen?" as JSON. The facts are evaluated and forgotten: nothing is stored or logged
 * (the answer says {@code "stored": false}); storing facts waits for the person's consent (sdk-consent).
 */
@Path("api/catalogue/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue eligibility")
public class EligibilityApi {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    Eligibility eligibility;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("facts")
    @Operation(summary = "The facts that eligibility rules read, as questions in the reader's language")
    public List<EligibilityViews.FactView> facts() {
        Language language = languages.of(headers, uri);
        return eligibility.facts().all().stream().map(f -> EligibilityViews.fact(f, language)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which services a person is likely to get, which not, and what is still unknown, with "
            + "reasons in plain words. A rule that reads a fact not given is unknown, not no. Nothing is stored.")
    @RequestBody(description = "{\"facts\": {\"municipality\": \"GM0344\", \"age\": 30, "
            + "\"incomePercentOfSocialMinimum\": 100}}; any fact may be left out")
    @APIResponse(responseCode = "200", description = "Likely, unknown and not eligible services, and the facts still wanted")
    @APIResponse(responseCode = "400", description = "A fact that cannot be right; one entry per fact in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityViews.ResultView check(JsonNode body) {
        Language language = languages.of(headers, uri);
        return EligibilityViews.of(eligibility.check(eligibility.facts().read(answers(body))), language);
    }

    private static Map<String, String> answers(JsonNode body) {
        JsonNode facts = body == null ? null : body.get("facts");
        if (body == null || !body.isObject() || facts == null || !facts.isObject()) {
            throw new LoketException(ProblemType.VALIDATION, Message.of(SearchDocuments.BUNDLE, "eligibility.invalid"),
                    List.of(new FieldError("/facts", Message.of(SearchDocuments.BUNDLE, "eligibility.facts-object"))));
        }
        Map<String, String> answers = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = facts.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                answers.put(field.getKey(), value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
            } else if (!value.isNull()) {
                answers.put(field.getKey(), "\u0000not-a-value");
            }
        }
        return answers;
    }
}
