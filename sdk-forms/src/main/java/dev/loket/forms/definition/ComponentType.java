package dev.loket.forms.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of component a Loket form has. The JSON name is what a definition's {@code type} says.
 */
public enum ComponentType {
    TEXT("text", Kind.INPUT),
    TEXTAREA("textarea", Kind.INPUT),
    NUMBER("number", Kind.INPUT),
    /** Euros, exact to the cent. */
    CURRENCY("currency", Kind.INPUT),
    DATE("date", Kind.INPUT),
    TIME("time", Kind.INPUT),
    DATETIME("datetime", Kind.INPUT),
    EMAIL("email", Kind.INPUT),
    PHONE("phone", Kind.INPUT),
    POSTCODE("postcode", Kind.INPUT),
    /** House number with optional letter and addition: {@code {"number": 12, "letter": "a", "addition": "bis"}}. */
    HOUSE_NUMBER("houseNumber", Kind.INPUT),
    /** A Dutch address: {@code {"postcode", "houseNumber", "houseLetter", "houseNumberAddition", "street", "city"}}. */
    ADDRESS("address", Kind.INPUT),
    BSN("bsn", Kind.INPUT),
    IBAN("iban", Kind.INPUT),
    KVK("kvk", Kind.INPUT),
    RSIN("rsin", Kind.INPUT),
    RADIO("radio", Kind.INPUT),
    SELECT("select", Kind.INPUT),
    CHECKBOX("checkbox", Kind.INPUT),
    MULTI_CHECKBOX("multiCheckbox", Kind.INPUT),
    YES_NO("yesNo", Kind.INPUT),
    /** File metadata: {@code [{"name", "type", "size"}]}; the bytes are handled by the channel. */
    FILE("file", Kind.INPUT),
    /** A statement the person must accept (value {@code true}). */
    DECLARATION("declaration", Kind.INPUT),
    PAYMENT_CHOICE("paymentChoice", Kind.INPUT),
    HIDDEN("hidden", Kind.INPUT),
    /** Value from a JSON Logic rule, recalculated on the server; never typed in. */
    COMPUTED("computed", Kind.INPUT),
    /** A list of items with the same nested components. */
    REPEAT("repeat", Kind.GROUP),
    /** Groups components visually; their values stay at the fieldset's level. */
    FIELDSET("fieldset", Kind.LAYOUT),
    /** Text for the reader, not an input. */
    CONTENT("content", Kind.LAYOUT);

    /** Whether a component holds a value, a list of values, or none. */
    public enum Kind { INPUT, GROUP, LAYOUT }

    private final String jsonName;
    private final Kind kind;

    ComponentType(String jsonName, Kind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    public String jsonName() {
        return jsonName;
    }

    public Kind kind() {
        return kind;
    }

    /** Holds a value in the form's data. */
    public boolean hasValue() {
        return kind != Kind.LAYOUT;
    }

    public static Optional<ComponentType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
