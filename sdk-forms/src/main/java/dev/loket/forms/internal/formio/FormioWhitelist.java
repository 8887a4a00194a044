package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * What the import leaves out without a note, because it means nothing for Loket: Form.io
 * properties that are presentation, builder bookkeeping or server metadata, and values that have
 * no effect. Documented in {@code spec/formio-import.md}; keep the two in step. Public only so
 * that tests can check the import against it.
 */
public final class FormioWhitelist {

    /** Form.io presentation, builder bookkeeping and server metadata: no meaning for Loket. */
    public static final Set<String> PRESENTATIONAL = Set.of(
            "input", "tableView", "id", "labelPosition", "labelWidth", "labelMargin", "widget", "widget.type",
            "inputType", "inputFormat", "applyMaskOn", "allowMultipleMasks", "mask", "spellcheck", "autofocus",
            "autocomplete", "customClass", "tabindex", "hideLabel", "showCharCount", "showWordCount", "showInPDF",
            "showInSummary", "showInEmail", "dataGridLabel", "validateOn", "refreshOn", "redrawOn", "refreshOnChange",
            "dbIndex", "modalEdit", "overlay", "attributes", "attrs", "tags", "lazyLoad", "keyModified", "isNew",
            "theme", "size", "block", "leftIcon", "rightIcon", "disableOnInvalid", "collapsible", "collapsed",
            "breadcrumb", "breadcrumbClickable", "buttonSettings", "navigateOnEnter", "saveOnEnter", "scrollToTop",
            "allowPrevious", "optionsLabelPosition", "inputsLabelPosition", "inline", "addAnother",
            "addAnotherPosition", "removeRow", "saveRow", "rowDrafts", "templates", "modal", "inlineEdit",
            "openWhenEmpty", "template", "searchEnabled", "searchField", "fuseOptions", "selectThreshold", "minSearch",
            "limit", "useExactSearch", "indexeddb", "idPath", "timePicker", "format", "datepickerMode", "allowInput",
            "enableDate", "rows", "wysiwyg", "editor", "fixedSize", "groupLabel", "tree", "tag", "className",
            "shortcut", "uniqueOptions", "readOnlyValue", "customOptions", "storage", "webcam", "privateDownload",
            "imageSize", "filePattern", "enableManualMode", "dataType", "truncateMultipleSpaces", "case");

    private FormioWhitelist() {
    }

    /**
     * {@code null}, {@code ""}, {@code false}, or a list or object holding only such values:
     * Form.io's default for almost every property. The exceptions ({@code clearOnHide},
     * {@code persistent}, {@code enableTime}, {@code conditional.show}) are read explicitly.
     */
    public static boolean effectless(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isEmpty();
        }
        if (value.isBoolean()) {
            return !value.booleanValue();
        }
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                if (!effectless(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

}
