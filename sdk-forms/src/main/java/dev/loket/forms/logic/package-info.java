/**
 * JSON Logic for form rules: {@link dev.loket.forms.logic.JsonLogic} compiles a rule into a
 * {@link dev.loket.forms.logic.Rule} that is evaluated against the answers of a form.
 */
package dev.loket.forms.logic;
