package dev.loket.catalogue.generator;

import dev.loket.catalogue.Address;
import dev.loket.catalogue.Agency;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.Availability;
import dev.loket.catalogue.ChannelKind;
import dev.loket.catalogue.Cost;
import dev.loket.catalogue.Fee;
import dev.loket.catalogue.LegalResource;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.Requirement;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.LoketJsonWriter;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.exchange.sc.ScFeedWriter;
import dev.loket.catalogue.internal.Slugs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A realistic national catalogue for benchmarks and load tests: every current municipality of
 * the OWMS list (Gemeente.xml) with the UPL names that apply to municipalities (one product per
 * audience where a name is for citizens and businesses), the provinces, water boards and national
 * agencies with theirs; about 200,000 products. Deterministic: the same seed gives the same
 * catalogue, product by product, so runs compare.
 *
 * <pre>
 * java -cp ... dev.loket.catalogue.generator.CatalogueGenerator --out catalogue.xml [--seed 42]
 *      [--upl testdata/upl-sdg-catalogue-data/UPL-actueel.csv]
 *      [--municipalities testdata/upl-sdg-catalogue-data/Gemeente.xml] [--format sc|loket]
 * </pre>
 */
public final class CatalogueGenerator {

    private static final String OWMS = "http://standaarden.overheid.nl/owms/terms/";
    private static final String BASE = "https://catalogus.voorbeeld.nl/";
    /** Share of a municipality's applicable UPL names it actually describes: not every municipality has every product. */
    private static final double COVERAGE = 0.88;
    private static final Instant EPOCH = Instant.parse("2026-11-01T08:00:00Z");
    private static final List<String> PROVINCES = List.of("Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland",
            "Gelderland", "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg");
    private static final List<String> WATER_BOARDS = List.of("Wetterskip Fryslân", "Noorderzijlvest", "Hunze en Aa's",
            "Drents Overijsselse Delta", "Vechtstromen", "Zuiderzeeland", "Vallei en Veluwe", "Rijn en IJssel",
            "De Stichtse Rijnlanden", "Amstel, Gooi en Vecht", "Hollands Noorderkwartier", "Rijnland", "Delfland",
            "Schieland en de Krimpenerwaard", "Hollandse Delta", "Rivierenland", "Scheldestromen", "Brabantse Delta",
            "De Dommel", "Aa en Maas", "Limburg");
    private static final List<String> NATIONAL = List.of("Belastingdienst", "Dienst Uitvoering Onderwijs",
            "Immigratie- en Naturalisatiedienst", "Kamer van Koophandel", "Rijksdienst voor Ondernemend Nederland",
            "Rijksdienst voor het Wegverkeer", "Sociale Verzekeringsbank", "UWV", "CAK",
            "Rijksdienst voor Identiteitsgegevens", "Nederlandse Voedsel- en Warenautoriteit",
            "Inspectie Leefomgeving en Transport");
    private static final List<String> OPENINGS = List.of("Maak eerst een afspraak.", "U kunt zonder afspraak langskomen.",
            "Online regelt u het meteen met DigiD.");

    private static final Availability OFFICE_HOURS = Availability.weekdays("09:00", "17:00");
    private static final Availability MORNINGS = Availability.weekdays("09:00", "12:30");
    private static final Availability PHONE_HOURS = Availability.weekdays("08:30", "17:00");

    private final long seed;
    private final List<UplEntry> upl;
    private final List<Municipalities.Municipality> municipalities;

    private CatalogueGenerator(long seed, List<UplEntry> upl, List<Municipalities.Municipality> municipalities) {
        this.seed = seed;
        this.upl = upl;
        this.municipalities = municipalities;
    }

    /** A generator from the UPL list (UPL-actueel.csv) and the OWMS municipality list (Gemeente.xml). */
    public static CatalogueGenerator of(Path uplCsv, Path gemeenteXml, long seed) {
        return new CatalogueGenerator(seed, UplList.read(uplCsv), Municipalities.current(gemeenteXml));
    }

    public int municipalities() {
        return municipalities.size();
    }

    /** Every agency the catalogue has, to recognise them again when the catalogue is read back. */
    public AgencyDirectory directory() {
        List<Agency> agencies = new ArrayList<>();
        List<SpatialScope> areas = new ArrayList<>();
        municipalities.forEach(m -> {
            agencies.add(municipality(m));
            areas.add(area(m));
        });
        PROVINCES.forEach(p -> {
            agencies.add(province(p));
            areas.add(provinceArea(p));
        });
        WATER_BOARDS.forEach(w -> {
            agencies.add(waterBoard(w));
            areas.add(waterBoardArea(w));
        });
        NATIONAL.forEach(n -> agencies.add(national(n)));
        return AgencyDirectory.of(agencies, areas);
    }

    /** Generates the catalogue, product by product; returns how many. */
    public int generate(Consumer<Product> sink) {
        int count = 0;
        for (Municipalities.Municipality m : municipalities) {
            Agency agency = municipality(m);
            SpatialScope area = area(m);
            // Parsed once per municipality, not once per product.
            Optional<Requirement> residence = Optional.of(Requirement.ruled(LocalizedText.dutch("U woont of werkt in de gemeente " + area.name() + "."),
                    "{\"==\":[{\"var\":\"municipality\"},\"" + area.code() + "\"]}"));
            for (UplEntry entry : upl) {
                if (entry.municipality()) {
                    count += variants(entry, agency, area, residence, sink);
                }
            }
        }
        for (String name : PROVINCES) {
            for (UplEntry entry : upl) {
                if (entry.province()) {
                    count += variants(entry, province(name), provinceArea(name), Optional.empty(), sink);
                }
            }
        }
        for (String name : WATER_BOARDS) {
            for (UplEntry entry : upl) {
                if (entry.waterBoard()) {
                    count += variants(entry, waterBoard(name), waterBoardArea(name), Optional.empty(), sink);
                }
            }
        }
        for (UplEntry entry : upl) {
            if (entry.national()) {
                // Each national product has one national agency, chosen by its name.
                String name = NATIONAL.get(Math.floorMod(entry.name().hashCode(), NATIONAL.size()));
                count += variants(entry, national(name), SpatialScope.netherlands(), Optional.empty(), sink);
            }
        }
        return count;
    }

    /** The product of one UPL name for one agency, once per audience; a municipality's only with {@link #COVERAGE}. */
    private int variants(UplEntry entry, Agency agency, SpatialScope area, Optional<Requirement> residence, Consumer<Product> sink) {
        boolean sampled = agency.type() == AgencyType.MUNICIPALITY;
        int count = 0;
        List<Audience> audiences = new ArrayList<>();
        if (entry.citizens() || !entry.businesses()) {
            audiences.add(Audience.CITIZEN);
        }
        if (entry.businesses()) {
            audiences.add(Audience.BUSINESS);
        }
        for (Audience audience : audiences) {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L
                    + (agency.id() + "|" + entry.name() + "|" + audience).hashCode());
            if (sampled && random.nextDouble() >= COVERAGE) {
                continue;
            }
            sink.accept(product(entry, agency, area, audience, audiences.size() > 1, residence, random));
            count++;
        }
        return count;
    }

    private Product product(UplEntry entry, Agency agency, SpatialScope area, Audience audience, boolean perAudience,
                            Optional<Requirement> residence, SplittableRandom random) {
        String slug = Slugs.of(entry.name(), 80) + (perAudience && audience == Audience.BUSINESS ? "-ondernemer" : "");
        String title = Character.toUpperCase(entry.name().charAt(0)) + entry.name().substring(1);
        String where = agency.type() == AgencyType.NATIONAL ? agency.name() : agency.name() + " (" + area.name() + ")";
        Product.Builder product = Product.builder(URI.create(BASE + agency.id() + "/" + slug), agency.id())
                .upl(new UplName(entry.name(), URI.create(entry.uri())))
                .name(audience == Audience.BUSINESS && perAudience ? LocalizedText.dutch(title + " voor ondernemers") : LocalizedText.dutch(title))
                .description(LocalizedText.dutch(title + " regelt u bij " + where + ". "
                        + (audience == Audience.CITIZEN ? "Dit is voor inwoners. " : "Dit is voor ondernemers. ")
                        + OPENINGS.get(random.nextInt(OPENINGS.size()))))
                .audience(audience)
                .competentAuthority(agency)
                .spatialScope(area)
                .lastModified(EPOCH.minus(random.nextInt(0, 1500), ChronoUnit.DAYS))
                .processingTime(Period.ofDays(random.nextInt(0, 57)));
        boolean online = random.nextDouble() < 0.7;
        boolean paid = random.nextDouble() < 0.45;
        if (online) {
            product.channel(ServiceChannel.online(URI.create("https://www." + agency.id() + ".voorbeeld.nl/" + slug),
                    paid ? List.of(PaymentMethod.IDEAL) : List.of()));
        }
        boolean counter = agency.type() != AgencyType.NATIONAL && (!online || random.nextDouble() < 0.6);
        if (counter) {
            List<PaymentMethod> methods = !paid ? List.of() : random.nextDouble() < 0.3
                    ? List.of(PaymentMethod.PIN, PaymentMethod.CASH) : List.of(PaymentMethod.PIN);
            product.channel(ServiceChannel.counter(new Address("Markt", String.valueOf(1 + random.nextInt(40)),
                    String.format(Locale.ROOT, "%04d %s", 1000 + random.nextInt(9000), "AB"), area.name()),
                    random.nextBoolean(), random.nextBoolean() ? OFFICE_HOURS : MORNINGS, methods));
        }
        if (!online && !counter) {
            product.channel(ServiceChannel.phone("14 0" + (10 + random.nextInt(90)), PHONE_HOURS));
        }
        if (paid) {
            product.cost(Fee.fixed(LocalizedText.dutch("Kosten"), new Cost(BigDecimal.valueOf(500 + random.nextInt(15000), 2),
                    java.util.Currency.getInstance("EUR"))));
        }
        residence.ifPresent(product::requirement);
        if (entry.lawLabel().isPresent() && entry.lawUrl().filter(u -> u.startsWith("http")).isPresent()) {
            product.legalResource(new LegalResource(entry.lawLabel().get(), Optional.empty(), URI.create(entry.lawUrl().get().strip())));
        }
        return product.build();
    }

    private static Agency municipality(Municipalities.Municipality m) {
        return new Agency(Slugs.of(m.name(), 63), "Gemeente " + m.name(), AgencyType.MUNICIPALITY, Optional.of(URI.create(m.uri())));
    }

    private static SpatialScope area(Municipalities.Municipality m) {
        return new SpatialScope(SpatialScope.Kind.MUNICIPALITY, Slugs.of(m.name(), 100), m.name(), Optional.of(URI.create(m.uri())));
    }

    private static Agency province(String name) {
        return new Agency("provincie-" + Slugs.of(name, 50), "Provincie " + name, AgencyType.PROVINCE,
                Optional.of(URI.create(OWMS + name.replace(' ', '_') + "_(provincie)")));
    }

    private static SpatialScope provinceArea(String name) {
        return new SpatialScope(SpatialScope.Kind.PROVINCE, Slugs.of(name, 100), name,
                Optional.of(URI.create(OWMS + name.replace(' ', '_') + "_(provincie)")));
    }

    private static Agency waterBoard(String name) {
        return new Agency("waterschap-" + Slugs.of(name, 50), "Waterschap " + name, AgencyType.WATER_BOARD,
                Optional.of(URI.create(OWMS + Slugs.of(name, 60).replace('-', '_'))));
    }

    private static SpatialScope waterBoardArea(String name) {
        return new SpatialScope(SpatialScope.Kind.WATER_BOARD, Slugs.of(name, 100), name,
                Optional.of(URI.create(OWMS + Slugs.of(name, 60).replace('-', '_'))));
    }

    private static Agency national(String name) {
        return new Agency(Slugs.of(name, 63), name, AgencyType.NATIONAL, Optional.of(URI.create(OWMS + Slugs.of(name, 60).replace('-', '_'))));
    }

    /** Writes the catalogue as Samenwerkende Catalogi XML; returns how many products. */
    public int writeSamenwerkendeCatalogi(OutputStream out) {
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(out)) {
            return generate(writer::write);
        }
    }

    /** Writes the catalogue as a Loket JSON document; returns how many products. */
    public int writeLoketJson(OutputStream out) {
        try (LoketJsonWriter writer = LoketJson.writer(out)) {
            return generate(writer::write);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("loket.test.data", "testdata"), "upl-sdg-catalogue-data");
        Path upl = data.resolve("UPL-actueel.csv");
        Path municipalities = data.resolve("Gemeente.xml");
        Path out = Path.of("catalogue.xml");
        long seed = 42;
        String format = "sc";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--upl" -> upl = Path.of(args[i + 1]);
                case "--municipalities" -> municipalities = Path.of(args[i + 1]);
                case "--format" -> format = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        CatalogueGenerator generator = of(upl, municipalities, seed);
        long start = System.nanoTime();
        int count;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            count = format.equals("loket") ? generator.writeLoketJson(file) : generator.writeSamenwerkendeCatalogi(file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.printf(Locale.ROOT, "%d products of %d municipalities and %d other agencies, seed %d, written to %s (%d MB) in %.1f s%n",
                count, generator.municipalities(), PROVINCES.size() + WATER_BOARDS.size() + NATIONAL.size(), seed, out,
                Files.size(out) >> 20, (System.nanoTime() - start) / 1e9);
    }
}
