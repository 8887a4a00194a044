package dev.loket.forms.internal.web;

import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files posted with a page are checked before any is stored (bijzondere bijstand: PDF or image, 10 MB, 5 files). */
class UploadCheckTest {

    private static final EvaluationContext EN = EvaluationContext.of(Language.EN);
    private static final byte[] PDF = "%PDF-1.7 a small document".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    private final FormJourney journey;
    private final WebPage costs;

    UploadCheckTest() {
        FormDefinition definition = ExampleForms.definition("bijzondere-bijstand");
        journey = new FormJourney(definition, new FormEvaluator(definition));
        costs = journey.page("kosten", Optional.empty())
                .or(() -> journey.page("kosten", Optional.of("bewijsstukken"))).orElseThrow();
    }

    private UploadCheck check(String saved, int inDraft, int maxPerDraft, Upload... uploads) {
        return UploadCheck.of(List.of(uploads), journey.fileFieldsShown(costs, saved, EN), inDraft, maxPerDraft, Language.EN);
    }

    @Test
    void acceptsFilesOfTheRightTypeAndSize() {
        UploadCheck checked = check("{}", 0, 20, new Upload("/bewijsstukken", "bon.pdf", "application/pdf", PDF),
                new Upload("/bewijsstukken", "foto.png", "image/png", PNG));

        assertThat(checked.accepted()).extracting(Upload::name).containsExactly("bon.pdf", "foto.png");
        assertThat(checked.refused()).isEmpty();
    }

    @Test
    void refusesAFileWhoseBytesAreNotOfAnAcceptedTypeWhateverItsName() {
        UploadCheck checked = check("{}", 0, 20,
                new Upload("/bewijsstukken", "bon.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes()),
                new Upload("/bewijsstukken", "goed.pdf", "application/pdf", PDF));

        assertThat(checked.accepted()).extracting(Upload::name).containsExactly("goed.pdf");
        assertThat(checked.refused().get("/bewijsstukken")).singleElement().asString()
                .contains("bon.pdf").contains("not accepted");
    }

    @Test
    void refusesAFileLargerThanTheFieldAllows() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        UploadCheck checked = check("{}", 0, 20, new Upload("/bewijsstukken", "groot.pdf", "application/pdf", large));

        assertThat(checked.accepted()).isEmpty();
        assertThat(checked.refused().get("/bewijsstukken")).singleElement().asString().contains("too large");
    }

    @Test
    void refusesFilesBeyondTheFieldsCountCountingThoseAlreadyAdded() {
        String saved = "{\"bewijsstukken\": [" + "{\"id\": \"x\", \"name\": \"a.pdf\", \"type\": \"application/pdf\", \"size\": 1},"
                .repeat(4) + "{\"id\": \"x\", \"name\": \"e.pdf\", \"type\": \"application/pdf\", \"size\": 1}]}";
        String four = saved.replaceFirst("\\{\"id\": \"x\", \"name\": \"a.pdf\", \"type\": \"application/pdf\", \"size\": 1},", "");

        UploadCheck full = check(saved, 5, 20, new Upload("/bewijsstukken", "f.pdf", "application/pdf", PDF));
        UploadCheck oneLeft = check(four, 4, 20, new Upload("/bewijsstukken", "f.pdf", "application/pdf", PDF),
                new Upload("/bewijsstukken", "g.pdf", "application/pdf", PDF));

        assertThat(full.accepted()).isEmpty();
        assertThat(full.refused().get("/bewijsstukken")).singleElement().asString().contains("at most 5 files");
        assertThat(oneLeft.accepted()).extracting(Upload::name).containsExactly("f.pdf");
        assertThat(oneLeft.refused().get("/bewijsstukken")).hasSize(1);
    }

    @Test
    void refusesFilesBeyondTheDraftsCount() {
        UploadCheck checked = check("{}", 3, 4, new Upload("/bewijsstukken", "f.pdf", "application/pdf", PDF),
                new Upload("/bewijsstukken", "g.pdf", "application/pdf", PDF));

        assertThat(checked.accepted()).extracting(Upload::name).containsExactly("f.pdf");
        assertThat(checked.refused().get("/bewijsstukken")).singleElement().asString().contains("g.pdf").contains("at most 4 files");
    }

    @Test
    void refusesAFileForAFieldThatIsNotAFileFieldOnThisPage() {
        assertThatThrownBy(() -> check("{}", 0, 20, new Upload("/iban", "f.pdf", "application/pdf", PDF)))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST));
        assertThatThrownBy(() -> check("{}", 0, 20, new Upload("/nergens", "f.pdf", "application/pdf", PDF)))
                .isInstanceOf(LoketException.class);
    }

    @Test
    void ignoresAFileInputLeftEmpty() {
        UploadCheck checked = check("{}", 0, 20, new Upload("/nergens", "", "application/octet-stream", new byte[0]));

        assertThat(checked.accepted()).isEmpty();
        assertThat(checked.refused()).isEmpty();
    }
}
