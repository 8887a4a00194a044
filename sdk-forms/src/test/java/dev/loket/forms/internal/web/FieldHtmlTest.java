package dev.loket.forms.internal.web;

import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldHtmlTest {

    private static final String TYPED = "<b>Jan</b> & 'Piet' \"x\"";
    private static final String ESCAPED = "&lt;b&gt;Jan&lt;/b&gt; &amp; &#39;Piet&#39; &quot;x&quot;";

    private static Field input(String id, String label, String hint, String format, String value, List<String> errors) {
        return new Field("input", id, "/" + id, label, hint, format, true, value, List.of(), errors, List.of(), List.of(),
                "", "numeric", "", "narrow");
    }

    @Test
    void escapesEveryTextAndAttributeValueOfEveryKindOfField() {
        Field.Choice choice = new Field.Choice("c-" + TYPED, TYPED, TYPED, true);
        Field.Item item = new Field.Item(TYPED, "remove:/" + TYPED, List.of(input("i", TYPED, "", "", TYPED, List.of())));
        List<Field> fields = List.of(
                input("a", TYPED, TYPED, TYPED, TYPED, List.of(TYPED, TYPED)),
                new Field("textarea", "t", TYPED, TYPED, "", "", false, TYPED, List.of(), List.of(), List.of(), List.of(),
                        "", "", "", ""),
                new Field("radios", "r", "/r", TYPED, "", "", false, "", List.of(choice), List.of(), List.of(), List.of(),
                        "", "", "", ""),
                new Field("select", "s", "/s", TYPED, "", "", false, "", List.of(choice), List.of(), List.of(), List.of(),
                        "", "", "", ""),
                new Field("repeat", "g", "/g", TYPED, "", "", false, "", List.of(), List.of(), List.of(), List.of(item),
                        "add:/" + TYPED, "", "", ""),
                new Field("computed", "k", "/k", TYPED, "", "", false, TYPED, List.of(), List.of(), List.of(), List.of(),
                        "", "", "", ""),
                new Field("files", "f", "/f", TYPED, "", "", false, TYPED, List.of(), List.of(), List.of(),
                        List.of(new Field.Item(TYPED, "remove-file:/f/0", List.of())), "add-file", "", "", ""));

        String html = FieldHtml.of(fields, Language.NL);

        assertThat(html).doesNotContain("<b>").doesNotContain("'Piet'").doesNotContain("\"x\"")
                .contains(">" + ESCAPED + "</label>").contains("value=\"" + ESCAPED + "\"")
                .contains(">" + ESCAPED + "</textarea>").contains("id=\"c-" + ESCAPED + "\"")
                .contains("<span>" + ESCAPED + "</span><br><span>" + ESCAPED + "</span>")
                .contains("value=\"remove:/" + ESCAPED + "\"").contains(">Verwijder " + ESCAPED + "</button>")
                .contains(">Nog een toevoegen bij " + ESCAPED + "</button>")
                .contains("<strong>" + ESCAPED + "</strong>").contains("accept=\"" + ESCAPED + "\"");
    }

    @Test
    void pointsAnInputAtItsHintFormatAndErrorsAndMarksItInvalid() {
        String html = FieldHtml.of(List.of(input("veld-datum", "Datum", "Hint", "Bijvoorbeeld: 17-3-1985", "31-02-2026",
                List.of("Vul een bestaande datum in."))), Language.EN);

        assertThat(html).contains("<div class=\"utrecht-form-field utrecht-form-field--invalid\">")
                .contains("<p class=\"utrecht-form-field-description\" id=\"veld-datum-hint\">Hint</p>")
                .contains("id=\"veld-datum-format\"").contains("id=\"veld-datum-error\"")
                .contains("<span class=\"loket-visually-hidden\">Error:</span>")
                .contains("class=\"utrecht-textbox loket-textbox--narrow utrecht-textbox--invalid\"")
                .contains("aria-describedby=\"veld-datum-hint veld-datum-format veld-datum-error\" aria-invalid=\"true\""
                        + " aria-required=\"true\" inputmode=\"numeric\" spellcheck=\"false\"")
                .doesNotContain("autocomplete");
    }

    @Test
    void drawsTheAnswersBoundToTheLoginReadOnlyAndNoOthers() {
        List<Field> fields = List.of(input("bsn", "BSN", "", "", "999993653", List.of()),
                input("email", "E-mail", "", "", "", List.of()));

        String html = FieldHtml.of(fields, Language.NL, "/bsn"::equals);

        assertThat(html).contains("name=\"/bsn\" value=\"999993653\" aria-required=\"true\" inputmode=\"numeric\" readonly")
                .containsOnlyOnce("readonly");
        assertThat(FieldHtml.of(fields, Language.NL)).doesNotContain("readonly");
    }

    @Test
    void checksTheChosenAnswerAndOffersNoChoiceFirstInASelect() {
        List<Field.Choice> choices = List.of(new Field.Choice("veld-s-1", "a", "A", false),
                new Field.Choice("veld-s-2", "b", "B", true));
        Field select = new Field("select", "veld-s", "/s", "S", "", "", false, "", choices, List.of(), List.of(), List.of(),
                "", "", "", "");
        Field radios = new Field("radios", "veld-r", "/r", "R", "", "", false, "", choices, List.of(), List.of(), List.of(),
                "", "", "", "");

        String html = FieldHtml.of(List.of(select, radios), Language.NL);

        assertThat(html).contains("<option value=\"\">Kies een antwoord</option>\n<option value=\"a\">A</option>\n"
                        + "<option value=\"b\" selected=\"selected\">B</option>")
                .contains("id=\"veld-s-2\" name=\"/r\" value=\"b\" checked=\"checked\">")
                .doesNotContain("value=\"a\" checked");
    }
}
