package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.Agency;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.ChannelKind;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.ServiceChannel;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.lifeevent.ProductLookup;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes products as a Samenwerkende Catalogi 4.0 document ({@code scproducten}), one product at a
 * time, so a whole national catalogue streams out without being held in memory. Call
 * {@link #write} for each product, then {@link #close()}.
 *
 * <p>SC carries less than the model: the Dutch name and description, audiences, authority, area,
 * UPL name, the online application URL, keywords (as {@code dcterms:subject}) and related services
 * (as {@code gerelateerdProduct}: SC names them by their UPL name, so a related service the catalogue
 * does not hold, or one without a UPL name, is left out). Channels other than online, costs,
 * requirements and English texts stay in the Loket JSON and CPSV-AP exports.
 */
public final class ScFeedWriter implements AutoCloseable {

    private final XMLStreamWriter xml;
    private final ProductLookup lookup;
    /** The UPL names of related services, by area and id: many products name the same ones. */
    private final Map<String, List<UplName>> relatedNames = new HashMap<>();
    private boolean empty = true;

    ScFeedWriter(OutputStream out, ProductLookup lookup) {
        this.lookup = lookup;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("overheidproduct", ScVocabulary.PRODUCT_NS);
            xml.setPrefix("overheid", ScVocabulary.OVERHEID_NS);
            xml.setPrefix("dcterms", ScVocabulary.DCTERMS_NS);
            xml.setPrefix("xsi", ScVocabulary.XSI_NS);
            xml.writeStartElement(ScVocabulary.PRODUCT_NS, "scproducten");
            xml.writeNamespace("overheidproduct", ScVocabulary.PRODUCT_NS);
            xml.writeNamespace("overheid", ScVocabulary.OVERHEID_NS);
            xml.writeNamespace("dcterms", ScVocabulary.DCTERMS_NS);
            xml.writeNamespace("xsi", ScVocabulary.XSI_NS);
            xml.writeAttribute(ScVocabulary.XSI_NS, "schemaLocation", ScVocabulary.SCHEMA_LOCATION);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not start a Samenwerkende Catalogi document", e);
        }
    }

    /** Writes one product as an {@code scproduct}. */
    public void write(Product product) {
        try {
            empty = false;
            xml.writeStartElement(ScVocabulary.PRODUCT_NS, "scproduct");
            xml.writeAttribute("owms-version", "4.0");
            xml.writeStartElement(ScVocabulary.PRODUCT_NS, "meta");
            writeKern(product);
            writeMantel(product);
            writeScMeta(product);
            xml.writeEndElement();
            xml.writeEmptyElement(ScVocabulary.PRODUCT_NS, "body");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write product " + product.id(), e);
        }
    }

    private void writeKern(Product product) throws XMLStreamException {
        xml.writeStartElement(ScVocabulary.PRODUCT_NS, "owmskern");
        text(ScVocabulary.DCTERMS_NS, "identifier", product.id().toString());
        text(ScVocabulary.DCTERMS_NS, "title", product.name().nl());
        text(ScVocabulary.DCTERMS_NS, "language", "nl");
        xml.writeStartElement(ScVocabulary.DCTERMS_NS, "type");
        xml.writeAttribute("scheme", "overheid:Informatietype");
        xml.writeCharacters("productbeschrijving");
        xml.writeEndElement();
        text(ScVocabulary.DCTERMS_NS, "modified", DateTimeFormatter.ISO_INSTANT.format(product.lastModified()));
        SpatialScope area = product.spatialScope();
        schemed(ScVocabulary.DCTERMS_NS, "spatial", ScVocabulary.locationScheme(area.kind()),
                area.owmsUri().orElse(URI.create(ScVocabulary.AREA_URN + area.kind().name().toLowerCase() + ":" + area.code())),
                area.name());
        Agency authority = product.competentAuthority();
        schemed(ScVocabulary.OVERHEID_NS, "authority", ScVocabulary.agentScheme(authority.type()),
                authority.owmsUri().orElse(URI.create(ScVocabulary.AGENCY_URN + authority.id())), authority.name());
        xml.writeEndElement();
    }

    private void writeMantel(Product product) throws XMLStreamException {
        xml.writeStartElement(ScVocabulary.PRODUCT_NS, "owmsmantel");
        for (Audience audience : product.audiences()) {
            xml.writeStartElement(ScVocabulary.DCTERMS_NS, "audience");
            xml.writeAttribute("scheme", "overheid:Doelgroep");
            xml.writeCharacters(ScVocabulary.audience(audience));
            xml.writeEndElement();
        }
        for (String keyword : product.keywords()) {
            text(ScVocabulary.DCTERMS_NS, "subject", keyword);
        }
        text(ScVocabulary.DCTERMS_NS, "abstract", product.description().nl());
        xml.writeEndElement();
    }

    private void writeScMeta(Product product) throws XMLStreamException {
        xml.writeStartElement(ScVocabulary.PRODUCT_NS, "scmeta");
        text(ScVocabulary.PRODUCT_NS, "productID", product.id().toString());
        Optional<ServiceChannel> online = product.channels(ChannelKind.ONLINE).stream().findFirst();
        text(ScVocabulary.PRODUCT_NS, "onlineAanvragen", online.isPresent() ? "ja" : "nee");
        Optional<URI> url = product.channels(ChannelKind.ONLINE).stream().flatMap(c -> c.url().stream()).filter(dev.loket.catalogue.Links::isWebLink).findFirst();
        if (url.isPresent()) {
            xml.writeStartElement(ScVocabulary.PRODUCT_NS, "aanvraagURL");
            xml.writeAttribute("resourceIdentifier", url.get().toString());
            xml.writeCharacters(product.name().nl());
            xml.writeEndElement();
        }
        if (product.upl().isPresent()) {
            schemed(ScVocabulary.PRODUCT_NS, "uniformeProductnaam", "overheid:UniformeProductnaam",
                    product.upl().get().uri(), product.upl().get().name());
        }
        for (UplName related : relatedNames(product)) {
            schemed(ScVocabulary.PRODUCT_NS, "gerelateerdProduct", "overheid:UniformeProductnaam",
                    related.uri(), related.name());
        }
        xml.writeEndElement();
    }

    private List<UplName> relatedNames(Product product) {
        if (product.relatedProducts().isEmpty()) {
            return List.of();
        }
        String key = product.spatialScope().code() + " " + product.relatedProducts();
        List<UplName> names = relatedNames.computeIfAbsent(key, k -> lookup.related(product).stream()
                .flatMap(related -> related.upl().stream())
                .distinct()
                .toList());
        // A service of the same name elsewhere is no related service of its own.
        return names.stream().filter(upl -> !product.upl().map(own -> own.uri().equals(upl.uri())).orElse(false)).toList();
    }

    private void text(String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void schemed(String namespace, String name, String scheme, URI resource, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeAttribute("scheme", scheme);
        xml.writeAttribute("resourceIdentifier", resource.toString());
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * Ends the document. SC requires at least one product; a catalogue with none is refused here
     * rather than written as a document no SC reader accepts.
     */
    @Override
    public void close() {
        try {
            if (empty) {
                throw new IllegalStateException("A Samenwerkende Catalogi document has at least one product");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not finish a Samenwerkende Catalogi document", e);
        }
    }
}
