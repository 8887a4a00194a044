package dev.loket.catalogue.web;

import dev.loket.catalogue.Links;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.exchange.jsonld.JsonLd;
import dev.loket.catalogue.exchange.jsonld.SchemaOrgWriter;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.core.Language;
import dev.loket.core.web.Page;

import java.util.List;

/**
 * A product's page: what it is, how to get it, how to pay (cash called out), what you need, and its
 * laws; with its schema.org {@code GovernmentService} in a {@code <script type="application/ld+json">}.
 * That block is data, not script: browsers never execute it, so the policy's {@code script-src 'self'}
 * does not apply to it, and {@link JsonLd#forScriptElement} keeps any text in it from ending the element.
 */
final class ProductPage {

    private ProductPage() {
    }

    /** A law the service rests on. */
    record LawLink(String title, String href) {
    }

    /** A life event the service belongs to. */
    record EventLink(String name, String href) {
    }

    /** A related service, with who provides it: two agencies may offer a service of the same name. */
    record RelatedLink(String name, String agency, String href) {
    }

    static Page of(Product product, Language language, LifeEventGuide guide, ProductLookup lookup, String base) {
        ServiceViews.ServiceView service = ServiceViews.of(product, language);
        List<String> requirements = product.requirements().stream().map(r -> r.text().in(language)).toList();
        List<String> evidence = product.evidence().stream().map(e -> e.in(language)).toList();
        List<LawLink> laws = product.legalResources().stream()
                // A law whose URL is not a web link is shown without a link (th:href of null leaves out the href).
                .map(l -> new LawLink(l.law() + l.article().map(a -> " " + a).orElse(""),
                        Links.isWebLink(l.url()) ? l.url().toString() : null)).toList();
        List<EventLink> events = product.lifeEvents().stream().flatMap(id -> guide.event(id).stream())
                .map(e -> new EventLink(e.name().in(language), base + "/catalogue/life-events/" + e.id())).toList();
        List<RelatedLink> related = lookup.related(product).stream()
                .map(p -> new RelatedLink(p.name().in(language), p.competentAuthority().name(),
                        base + "/catalogue/product?id=" + SearchPage.encode(p.id().toString())))
                .toList();
        return Page.of("catalogue/product")
                .with("service", service)
                .with("area", product.spatialScope().name())
                .with("requirements", requirements)
                .with("evidence", evidence)
                .with("output", product.output().map(o -> o.in(language)).orElse(""))
                .with("days", product.processingTime().map(p -> p.getDays() + p.getMonths() * 30L + p.getYears() * 365L)
                        .orElse(-1L))
                .with("laws", laws)
                .with("events", events)
                .with("related", related)
                .with("jsonLd", JsonLd.forScriptElement(SchemaOrgWriter.governmentService(product, language)));
    }

    static String text(LocalizedText text, Language language) {
        return text.in(language);
    }
}
