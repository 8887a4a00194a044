package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.SearchDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** How a {@link SearchDocument} is laid out in the Lucene index: which field holds what, and why. */
final class LuceneFields {

    static final String ID = "id";
    /** The UPL name, normalized, as one term: an exact match ranks first. */
    static final String UPL_EXACT = "upl_exact";
    /** The product's own names, normalized, as one term each. */
    static final String NAME_EXACT = "name_exact";
    static final String NAME_NL = "name_nl";
    static final String NAME_EN = "name_en";
    /** Description and keywords. */
    static final String TEXT_NL = "text_nl";
    static final String TEXT_EN = "text_en";
    static final String SORT = "sort";
    static final String UPL = "upl";
    static final String SUMMARY_NL = "summary_nl";
    static final String SUMMARY_EN = "summary_en";
    static final String AGENCY_NAME = "agency_name";
    static final String MUNICIPALITY_NAME = "municipality_name";

    /**
     * The municipality value of a service that is not for one municipality: it is in every
     * municipality's results, so a municipality's count is its own services plus these.
     */
    static final String EVERY_MUNICIPALITY = "*";

    private static final int SUMMARY_LENGTH = 180;

    private LuceneFields() {
    }

    /** The field a facet's values are filtered on (one term per value). */
    static String filterField(Facet facet) {
        return "filter_" + facet.parameter();
    }

    /** The facet dimension a facet's values are counted in. */
    static String dimension(Facet facet) {
        return facet.parameter();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(dimension(facet), true);
        }
        return config;
    }

    static Document document(SearchDocument product, FacetsConfig config) {
        Document doc = new Document();
        doc.add(new StringField(ID, product.id(), Field.Store.YES));
        product.uplName().ifPresent(upl -> {
            doc.add(new StringField(UPL_EXACT, normalize(upl), Field.Store.NO));
            doc.add(new StoredField(UPL, upl));
        });
        doc.add(new StringField(NAME_EXACT, normalize(product.nameNl()), Field.Store.NO));
        doc.add(new StringField(NAME_EXACT, normalize(product.nameEn()), Field.Store.NO));
        doc.add(new TextField(NAME_NL, product.nameNl(), Field.Store.YES));
        doc.add(new TextField(NAME_EN, product.nameEn(), Field.Store.YES));
        String keywords = String.join(" ", product.keywords());
        doc.add(new TextField(TEXT_NL, product.descriptionNl() + "\n" + keywords, Field.Store.NO));
        doc.add(new TextField(TEXT_EN, product.descriptionEn() + "\n" + keywords, Field.Store.NO));
        doc.add(new StoredField(SUMMARY_NL, summary(product.descriptionNl())));
        doc.add(new StoredField(SUMMARY_EN, summary(product.descriptionEn())));
        doc.add(new SortedDocValuesField(SORT, new BytesRef(normalize(product.nameNl()) + "\u0000" + product.id())));
        doc.add(new StoredField(AGENCY_NAME, product.agency().nl()));
        product.municipality().ifPresent(m -> doc.add(new StoredField(MUNICIPALITY_NAME, m.nl())));
        for (Facet facet : Facet.values()) {
            List<String> keys = product.values(facet).stream().map(FacetValue::key).distinct().toList();
            if (facet == Facet.MUNICIPALITY && keys.isEmpty()) {
                keys = List.of(EVERY_MUNICIPALITY);
            }
            for (String key : keys) {
                doc.add(new StringField(filterField(facet), key, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(dimension(facet), key));
            }
        }
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A name as one comparable term: lower case, accents and punctuation gone, single spaces, so
     * {@code "ID-kaart"}, {@code "id kaart"} and {@code " Id-Kaart "} are the same.
     */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String summary(String description) {
        String text = description.strip().replaceAll("\\s+", " ");
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + " …";
    }
}
