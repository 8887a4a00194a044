package dev.loket.portal;

import dev.loket.core.FieldError;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.identifier.Bsn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * Lets a front end tell a person early that a BSN was mistyped, with the same check the server
 * applies later. Only the verdict is returned; the number is neither stored nor logged.
 */
@Path("api/checks/bsn")
public class BsnCheckResource {

    static final String BUNDLE = "dev.loket.portal.messages";

    /** The request body. */
    public record BsnCheck(String bsn) {
    }

    /** The answer: whether it is a BSN that can exist (passes the elfproef). */
    public record BsnVerdict(boolean valid) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check whether a text is a valid BSN (elfproef)")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "No bsn given, or not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BsnVerdict check(BsnCheck check) {
        if (check == null || check.bsn() == null || check.bsn().isBlank()) {
            throw new LoketException(ProblemType.VALIDATION,
                    Message.of(Message.CORE_BUNDLE, "problem.validation.detail"),
                    List.of(new FieldError("/bsn", Message.of(BUNDLE, "check.bsn.required"))));
        }
        return new BsnVerdict(Bsn.parse(check.bsn()).isPresent());
    }
}
