package dev.loket.catalogue.generator;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The municipalities of today from the OWMS value list Gemeente.xml: those without an end date. */
final class Municipalities {

    /** A municipality: its name and OWMS URI. */
    record Municipality(String name, String uri) {
    }

    private Municipalities() {
    }

    static List<Municipality> current(Path gemeenteXml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<Municipality> current = new ArrayList<>();
        try (InputStream in = Files.newInputStream(gemeenteXml)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String label = null;
            String uri = null;
            boolean ended = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "value" -> {
                            label = null;
                            uri = null;
                            ended = false;
                        }
                        case "prefLabel" -> label = xml.getElementText().trim();
                        case "resourceIdentifier" -> uri = xml.getElementText().trim();
                        case "endDate" -> ended = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("value") && !ended && label != null) {
                    current.add(new Municipality(label, uri));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + gemeenteXml, e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not an OWMS value list: " + gemeenteXml, e);
        }
        return current;
    }
}
