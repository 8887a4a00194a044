package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The outcome of submitting a form: accepted with the data to store, or refused with every reason.
 *
 * @param accepted whether the form may be submitted
 * @param data     what is stored: only the form's keys, hidden answers removed where the form
 *                 says so, computed values recalculated on the server
 * @param errors   why it was refused; empty when accepted
 */
public record Submission(boolean accepted, ObjectNode data, List<FieldMessage> errors) {
    public Submission {
        errors = List.copyOf(errors);
    }
}
