package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.catalogue.Agency;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.Fee;
import dev.loket.catalogue.LegalResource;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.Requirement;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.SpatialScope;

import java.io.OutputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes products as CPSV-AP 3.2 JSON-LD: a flat {@code @graph} of {@code cpsv:PublicService}
 * nodes and the nodes they refer to (the competent authority as {@code cv:PublicOrganisation},
 * channels, costs, requirements, evidence, output, legal resources, life events). Compact IRIs use
 * the prefixes in the document's own context, so the document reads the same without fetching
 * anything. Each organisation and life event is written once, however many products refer to it.
 *
 * <p>What CPSV-AP has no place for stays in the Loket JSON: opening hours, payment methods and
 * JSON Logic rules.
 */
public final class CpsvApWriter implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Loket's own concepts (audience, channel type), where CPSV-AP leaves the vocabulary open. */
    static final String LOKET_VOCAB = "https://loket.dev/vocab/";
    private static final String EU_CURRENCY = "http://publications.europa.eu/resource/authority/currency/";
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private final JsonLdStream out;
    private final Map<String, LifeEvent> lifeEvents;
    private final Set<String> written = new HashSet<>();

    CpsvApWriter(OutputStream out, List<LifeEvent> lifeEvents) {
        this.out = new JsonLdStream(out, context());
        this.lifeEvents = lifeEvents.stream().collect(Collectors.toMap(LifeEvent::id, Function.identity(), (a, b) -> a));
    }

    static ObjectNode context() {
        ObjectNode context = NODES.objectNode();
        context.put("cpsv", "http://purl.org/vocab/cpsv#");
        context.put("cv", "http://data.europa.eu/m8g/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("eli", "http://data.europa.eu/eli/ontology#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("loket", LOKET_VOCAB);
        return context;
    }

    /** Writes one product and, the first time they appear, its organisation and life events. */
    public void write(Product product) {
        String id = product.id().toString();
        ObjectNode service = node(id, "cpsv:PublicService");
        service.put("dct:identifier", id);
        service.set("dct:title", text(product.name()));
        service.set("dct:description", text(product.description()));
        service.set("dct:language", languages(product.name()));
        service.set("cv:hasCompetentAuthority", ref(organisationId(product.competentAuthority())));
        service.set("dct:spatial", ref(areaId(product.spatialScope()).toString()));
        ArrayNode audiences = service.putArray("dct:audience");
        product.audiences().forEach(a -> audiences.add(ref(LOKET_VOCAB + "audience#" + a.name())));
        product.upl().ifPresent(upl -> service.set("cv:isClassifiedBy", ref(upl.uri().toString())));
        product.processingTime().ifPresent(period -> service.set("cv:processingTime", typed(period.toString(), "xsd:duration")));
        if (!product.keywords().isEmpty()) {
            ArrayNode keywords = service.putArray("dcat:keyword");
            product.keywords().forEach(word -> keywords.add(lang(word, "nl")));
        }
        List<ObjectNode> parts = new java.util.ArrayList<>();
        refs(service, "cv:hasChannel", channels(product, parts));
        refs(service, "cv:hasCost", costs(product, parts));
        refs(service, "cv:holdsRequirement", requirements(product, parts));
        refs(service, "cpsv:hasInput", titled(product, "evidence", "cv:Evidence", product.evidence(), parts));
        refs(service, "cpsv:produces", titled(product, "output", "cv:Output", product.output().stream().toList(), parts));
        refs(service, "cv:hasLegalResource", legalResources(product, parts));
        refs(service, "cv:relatedService", product.relatedProducts().stream().map(URI::toString).toList());
        refs(service, "cv:isGroupedBy", product.lifeEvents().stream().map(CpsvApWriter::lifeEventId).toList());
        out.node(service);
        parts.forEach(out::node);
        writeOrganisation(product.competentAuthority(), product.spatialScope());
        product.lifeEvents().forEach(this::writeLifeEvent);
    }

    private List<String> channels(Product product, List<ObjectNode> parts) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < product.channels().size(); i++) {
            ServiceChannel channel = product.channels().get(i);
            String id = product.id() + "#channel-" + (i + 1);
            ObjectNode node = node(id, "cv:Channel");
            node.put("dct:identifier", id);
            node.set("dct:type", ref(LOKET_VOCAB + "channel#" + channel.kind().name()));
            channel.name().ifPresent(name -> node.set("dct:description", lang(name, "nl")));
            parts.add(node);
            ids.add(id);
        }
        return ids;
    }

    private List<String> costs(Product product, List<ObjectNode> parts) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < product.costs().size(); i++) {
            Fee fee = product.costs().get(i);
            String id = product.id() + "#cost-" + (i + 1);
            ObjectNode node = node(id, "cv:Cost");
            node.put("dct:identifier", id);
            node.set("dct:description", text(fee.description()));
            // CPSV-AP types the value as xsd:double; the lexical form keeps the exact decimal.
            fee.amount().ifPresent(cost -> node.set("cv:hasValue", typed(cost.amount().toPlainString(), "xsd:double")));
            node.set("cv:currency", ref(EU_CURRENCY + fee.currency().getCurrencyCode()));
            List<String> through = new java.util.ArrayList<>();
            for (int c = 0; c < product.channels().size(); c++) {
                if (!fee.channels().isEmpty() && fee.appliesTo(product.channels().get(c).kind())) {
                    through.add(product.id() + "#channel-" + (c + 1));
                }
            }
            refs(node, "cv:ifAccessedThrough", through);
            parts.add(node);
            ids.add(id);
        }
        return ids;
    }

    private List<String> requirements(Product product, List<ObjectNode> parts) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < product.requirements().size(); i++) {
            Requirement requirement = product.requirements().get(i);
            String id = product.id() + "#requirement-" + (i + 1);
            ObjectNode node = node(id, "cv:Requirement");
            node.put("dct:identifier", id);
            node.set("dct:title", text(requirement.text()));
            parts.add(node);
            ids.add(id);
        }
        return ids;
    }

    private List<String> titled(Product product, String kind, String type, List<LocalizedText> titles, List<ObjectNode> parts) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String id = product.id() + "#" + kind + "-" + (i + 1);
            ObjectNode node = node(id, type);
            node.put("dct:identifier", id);
            node.set("dct:title", text(titles.get(i)));
            parts.add(node);
            ids.add(id);
        }
        return ids;
    }

    private List<String> legalResources(Product product, List<ObjectNode> parts) {
        List<String> ids = new java.util.ArrayList<>();
        for (LegalResource resource : product.legalResources()) {
            String id = resource.url().toString();
            if (!ids.contains(id)) {
                parts.add(node(id, "eli:LegalResource"));
                ids.add(id);
            }
        }
        return ids;
    }

    /** The organisation with the area of the first of its products: CPSV-AP requires one, OWMS names none. */
    private void writeOrganisation(Agency agency, SpatialScope area) {
        String id = organisationId(agency);
        if (!written.add(id)) {
            return;
        }
        ObjectNode node = node(id, "cv:PublicOrganisation");
        node.set("skos:prefLabel", lang(agency.name(), "nl"));
        node.set("dct:spatial", ref(areaId(area).toString()));
        out.node(node);
    }

    private void writeLifeEvent(String eventId) {
        String id = lifeEventId(eventId);
        if (!written.add(id)) {
            return;
        }
        LifeEvent event = lifeEvents.get(eventId);
        boolean business = event != null && event.audience() == Audience.BUSINESS;
        ObjectNode node = node(id, business ? "cv:BusinessEvent" : "cv:LifeEvent");
        node.put("dct:identifier", eventId);
        node.set("dct:title", event == null ? lang(eventId, "nl") : text(event.name()));
        out.node(node);
    }

    static String organisationId(Agency agency) {
        return agency.owmsUri().map(URI::toString).orElse("urn:loket:agency:" + agency.id());
    }

    static URI areaId(SpatialScope area) {
        if (area.kind() == SpatialScope.Kind.COUNTRY && area.code().equals("NL")) {
            return URI.create("http://publications.europa.eu/resource/authority/country/NLD");
        }
        return area.owmsUri().orElse(URI.create("urn:loket:area:" + area.kind().name().toLowerCase() + ":" + area.code()));
    }

    static String lifeEventId(String id) {
        return LOKET_VOCAB + "life-event/" + id;
    }

    private static ObjectNode node(String id, String type) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static ObjectNode ref(String id) {
        return NODES.objectNode().put("@id", id);
    }

    private static void refs(ObjectNode node, String property, List<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode array = node.putArray(property);
            ids.forEach(id -> array.add(ref(id)));
        }
    }

    private static ObjectNode lang(String value, String language) {
        return NODES.objectNode().put("@value", value).put("@language", language);
    }

    private static ObjectNode typed(String value, String type) {
        return NODES.objectNode().put("@value", value).put("@type", type);
    }

    static ArrayNode text(LocalizedText text) {
        ArrayNode values = NODES.arrayNode().add(lang(text.nl(), "nl"));
        text.en().ifPresent(en -> values.add(lang(en, "en")));
        return values;
    }

    private static ArrayNode languages(LocalizedText text) {
        ArrayNode values = NODES.arrayNode().add(ref(EU_LANGUAGE + "NLD"));
        text.en().ifPresent(en -> values.add(ref(EU_LANGUAGE + "ENG")));
        return values;
    }

    @Override
    public void close() {
        out.close();
    }
}
