package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.SearchDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic national catalogue for benchmarks of the search: 342 municipalities, each with
 * a product for every municipal UPL name and some local ones of its own, plus the national
 * agencies' products; about 200,000 in all. Same seed, same catalogue. Not a realistic text corpus,
 * but the real UPL names, a real spread of facet values, and descriptions made of UPL words.
 */
public final class SyntheticCatalogue {

    public static final int MUNICIPALITIES = 342;
    private static final String NAMES = "dev/loket/catalogue/search/upl-names.txt";
    private static final String[] CHANNELS = {"ONLINE", "COUNTER", "PHONE", "POST", "CHAT"};
    private static final String[] PAYMENTS = {"IDEAL", "PIN", "CASH", "CREDIT_CARD", "INVOICE", "FREE"};
    private static final String[][] LIFE_EVENTS = {
            {"identiteitsbewijs-kwijt-of-gestolen", "paspoort", "identiteitskaart", "rijbewijs", "aangifte", "stadspas"},
            {"verhuizen", "verhuis", "adres", "parkeer", "huurtoeslag", "afval"},
            {"geboorte", "geboorte", "erkenning", "kinderbijslag", "kinderopvang"},
            {"overlijden", "overlijden", "graf", "begraaf", "crematie"},
            {"trouwen-of-geregistreerd-partnerschap", "huwelijk", "partnerschap", "naamgebruik"},
            {"werkloos", "bijstand", "ww", "kwijtschelding", "schuld", "minima"},
            {"bedrijf-starten", "bedrijf", "vergunning", "handelsregister", "ondernem"}};

    private record UplName(String name, String local, boolean municipal, boolean national, boolean citizen,
                           boolean business) {
    }

    private SyntheticCatalogue() {
    }

    /** Gives every product to {@code sink}, in a fixed order; {@code total} products in all (about 200,000 is national scale). */
    public static void generate(long seed, int total, Consumer<SearchDocument> sink) {
        List<UplName> names = names();
        List<UplName> municipal = names.stream().filter(UplName::municipal).toList();
        List<UplName> national = names.stream().filter(n -> n.national() && !n.municipal()).toList();
        List<String> vocabulary = new ArrayList<>();
        names.forEach(n -> vocabulary.addAll(List.of(n.name().split("[ -]+"))));
        Random random = new Random(seed);
        int nationalCount = Math.min(total, Math.max(national.size(), total / 100));
        int perMunicipality = Math.max(1, (total - nationalCount) / MUNICIPALITIES);
        int made = 0;
        for (int m = 0; m < MUNICIPALITIES && made < total - nationalCount; m++) {
            FacetValue place = municipality(m);
            FacetValue agency = FacetValue.named("gemeente-" + place.key().toLowerCase(), "Gemeente " + place.nl());
            for (int i = 0; i < perMunicipality && made < total - nationalCount; i++, made++) {
                UplName upl = i < municipal.size() ? municipal.get(i) : null;
                String name = upl != null ? capitalise(upl.name())
                        : "Lokale regeling " + vocabulary.get(random.nextInt(vocabulary.size())) + " " + (i - municipal.size() + 1);
                sink.accept(document("https://catalogus.voorbeeld.nl/" + place.key() + "/" + i, upl, name,
                        agency, Optional.of(place), random, vocabulary));
            }
        }
        for (int i = 0; made < total; i++, made++) {
            UplName upl = national.get(i % national.size());
            int agencyNumber = i % 40;
            FacetValue agency = FacetValue.named("rijk-" + agencyNumber, "Landelijke organisatie " + agencyNumber);
            String name = i < national.size() ? capitalise(upl.name()) : capitalise(upl.name()) + " (" + agencyNumber + ")";
            sink.accept(document("https://catalogus.voorbeeld.nl/rijk/" + i, upl, name, agency, Optional.empty(),
                    random, vocabulary));
        }
    }

    /** The municipality of a number: the three of the sample catalogue first, then numbered ones. */
    public static FacetValue municipality(int number) {
        return switch (number) {
            case 0 -> FacetValue.named("GM0344", "Utrecht");
            case 1 -> FacetValue.named("GM0363", "Amsterdam");
            case 2 -> FacetValue.named("GM0214", "Buren");
            default -> FacetValue.named(String.format("GM%04d", 1000 + number), "Gemeente " + number);
        };
    }

    private static SearchDocument document(String id, UplName upl, String name, FacetValue agency,
                                           Optional<FacetValue> municipality, Random random, List<String> vocabulary) {
        StringBuilder description = new StringBuilder(name).append(" regelt u bij ").append(agency.nl()).append('.');
        for (int w = 0; w < 25; w++) {
            description.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        List<FacetValue> channels = pick(CHANNELS, random, 1);
        List<FacetValue> payments = pick(PAYMENTS, random, 1);
        List<FacetValue> audiences = new ArrayList<>();
        if (upl == null || upl.citizen()) {
            audiences.add(new FacetValue("CITIZEN", "Inwoners", "Residents"));
        }
        if (upl != null && upl.business()) {
            audiences.add(new FacetValue("BUSINESS", "Ondernemers", "Businesses"));
        }
        List<FacetValue> events = new ArrayList<>();
        for (String[] event : LIFE_EVENTS) {
            for (int k = 1; k < event.length; k++) {
                if (name.toLowerCase().contains(event[k])) {
                    events.add(FacetValue.named(event[0], event[0]));
                    break;
                }
            }
        }
        return new SearchDocument(id, Optional.ofNullable(upl).map(UplName::name), name, name,
                description.toString(), description.toString(), List.of(), agency, municipality, events, channels,
                audiences, payments);
    }

    private static List<FacetValue> pick(String[] values, Random random, int atLeast) {
        List<FacetValue> picked = new ArrayList<>();
        for (String value : values) {
            if (random.nextInt(3) == 0) {
                picked.add(FacetValue.named(value, value));
            }
        }
        while (picked.size() < atLeast) {
            picked.add(FacetValue.named(values[random.nextInt(values.length)], values[0]));
        }
        return picked;
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<UplName> names() {
        try (InputStream in = SyntheticCatalogue.class.getClassLoader().getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IllegalStateException(NAMES + " is not on the class path");
            }
            List<UplName> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                names.add(new UplName(f[0], f[1], f[2].equals("1"), f[3].equals("1"), f[4].equals("1"), f[5].equals("1")));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
