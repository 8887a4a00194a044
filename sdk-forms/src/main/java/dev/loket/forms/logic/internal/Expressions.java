package dev.loket.forms.logic.internal;

import java.util.List;

/** Questions the compiler asks about several {@link Expression}s at once. */
final class Expressions {

    private Expressions() {
    }

    static boolean allDataFree(Expression[] expressions) {
        for (Expression expression : expressions) {
            if (!expression.isDataFree()) {
                return false;
            }
        }
        return true;
    }

    static boolean allDataFree(List<Expression> expressions) {
        for (Expression expression : expressions) {
            if (!expression.isDataFree()) {
                return false;
            }
        }
        return true;
    }
}
