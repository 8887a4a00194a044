package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.LogicContext;
import dev.loket.forms.logic.Rule;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A rule compiled by {@link RuleCompiler}: an immutable expression tree and what it reads. */
final class CompiledRule implements Rule {

    /** Immutable, so shared: creating the system clock on every evaluation costs more than many rules. */
    private static final LogicContext SYSTEM = LogicContext.system();

    private final Expression root;
    private final Set<String> variables;
    private final boolean dynamicVariables;
    private final long maxSteps;

    CompiledRule(Expression root, Set<String> variables, boolean dynamicVariables, long maxSteps) {
        this.root = root;
        this.maxSteps = maxSteps;
        this.variables = Collections.unmodifiableSet(new LinkedHashSet<>(variables));
        this.dynamicVariables = dynamicVariables;
    }

    @Override
    public JsonNode evaluate(JsonNode data) {
        return evaluate(data, SYSTEM);
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        Objects.requireNonNull(context, "context");
        JsonNode input = data == null || data.isMissingNode() ? NullNode.getInstance() : data;
        return Steps.within(maxSteps, () -> JsonValues.toJson(root.evaluate(input, context)));
    }

    @Override
    public Set<String> variables() {
        return variables;
    }

    @Override
    public boolean hasDynamicVariables() {
        return dynamicVariables;
    }

    @Override
    public String toString() {
        return "Rule" + variables;
    }
}
