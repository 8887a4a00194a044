package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.Rejection;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.MissingResourceException;

/**
 * Reads a Samenwerkende Catalogi 4.0 document with StAX, one {@code scproduct} at a time: memory
 * stays flat however large the harvest. A record the model refuses is rejected with the reason;
 * a document that is not well-formed XML stops the read with {@link InvalidCatalogueException}, and
 * the caller's import, not committed, writes nothing.
 */
final class ScFeedReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private final ScRecordMapper mapper;

    ScFeedReader(ScRecordMapper mapper) {
        this.mapper = mapper;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A feed comes from outside: no DTDs, no external entities (XXE), no entity expansion bombs.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    void read(InputStream in, ProductSink sink) {
        XMLStreamReader xml = null;
        int record = 0;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            boolean root = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!root) {
                    requireRoot(xml);
                    root = true;
                } else if (is(xml, ScVocabulary.PRODUCT_NS, "scproduct")) {
                    record++;
                    ScRecord read = readRecord(xml);
                    ScRecordMapper.Result result = mapper.map(read);
                    if (result.product().isPresent()) {
                        sink.add(result.product().get());
                    } else {
                        sink.reject(Rejection.of(record, read.identifier, result.reason()));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidCatalogueException("Not a well-formed Samenwerkende Catalogi document after record "
                    + record + ": " + e.getMessage(), e);
        } catch (MissingResourceException e) {
            // The JDK's parser reports some malformed DTDs (e.g. a stray byte in <!DOCTYPE>) through a
            // message key its bundle lacks, so the error arrives unchecked; found by ScFeedReaderFuzzTest.
            throw new InvalidCatalogueException("Not a well-formed Samenwerkende Catalogi document after record "
                    + record + ": the document type declaration is malformed", e);
        } finally {
            close(xml);
        }
    }

    private static void requireRoot(XMLStreamReader xml) {
        if (!is(xml, ScVocabulary.PRODUCT_NS, "scproducten") && !is(xml, ScVocabulary.PRODUCT_NS, "scproduct")) {
            throw new InvalidCatalogueException("Not a Samenwerkende Catalogi document: the root is {"
                    + xml.getNamespaceURI() + "}" + xml.getLocalName() + ", not overheidproduct:scproducten");
        }
    }

    /** Reads from an {@code scproduct} start tag to its end tag. */
    private static ScRecord readRecord(XMLStreamReader xml) throws XMLStreamException {
        ScRecord record = new ScRecord();
        int depth = 1;
        boolean inHtml = false;
        int htmlDepth = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (inHtml) {
                    htmlDepth++;
                    continue;
                }
                if (is(xml, ScVocabulary.PRODUCT_NS, "productHTML")) {
                    inHtml = true;
                    htmlDepth = 1;
                    continue;
                }
                readElement(xml, record);
                // readElement consumed the element's end tag when it read its text.
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (inHtml && --htmlDepth == 0) {
                    inHtml = false;
                }
            } else if (inHtml && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                record.html.append(xml.getText()).append(' ');
            }
        }
        return record;
    }

    private static void readElement(XMLStreamReader xml, ScRecord record) throws XMLStreamException {
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (ScVocabulary.DCTERMS_NS.equals(ns)) {
            switch (name) {
                case "identifier" -> record.identifier = text(xml);
                case "title" -> record.title = text(xml);
                case "language" -> record.languages.add(text(xml));
                case "modified" -> record.modified = text(xml);
                case "spatial" -> record.spatial.add(schemed(xml));
                case "audience" -> record.audiences.add(text(xml));
                case "subject" -> record.subjects.add(text(xml));
                case "abstract" -> record.summary = text(xml);
                default -> { }
            }
        } else if (ScVocabulary.OVERHEID_NS.equals(ns) && name.equals("authority")) {
            record.authorities.add(schemed(xml));
        } else if (ScVocabulary.PRODUCT_NS.equals(ns)) {
            switch (name) {
                case "productID" -> record.productId = text(xml);
                case "onlineAanvragen" -> record.onlineApplication = text(xml);
                case "aanvraagURL" -> {
                    record.applicationUrl = xml.getAttributeValue(null, "resourceIdentifier");
                    text(xml);
                }
                case "uniformeProductnaam" -> record.uplNames.add(schemed(xml));
                case "gerelateerdProduct" -> record.relatedProducts.add(schemed(xml));
                default -> { }
            }
        }
    }

    private static ScRecord.Schemed schemed(XMLStreamReader xml) throws XMLStreamException {
        String scheme = xml.getAttributeValue(null, "scheme");
        String resource = xml.getAttributeValue(null, "resourceIdentifier");
        return new ScRecord.Schemed(scheme, resource, text(xml));
    }

    /** The element's text, trimmed; leaves the reader on the element's end tag. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        return xml.getElementText().trim();
    }

    private static boolean is(XMLStreamReader xml, String namespace, String localName) {
        return namespace.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader of a stream the caller owns; nothing to release on failure.
            }
        }
    }
}
