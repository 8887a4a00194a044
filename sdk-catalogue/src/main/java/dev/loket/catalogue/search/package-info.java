/**
 * Finding services in the catalogue: {@link dev.loket.catalogue.search.ProductSearch} answers a
 * {@link dev.loket.catalogue.search.SearchQuery} (words, filters, a page) with hits and facet counts;
 * {@link dev.loket.catalogue.search.ProductSearchIndex} is kept current with
 * {@link dev.loket.catalogue.search.SearchDocument}s, one per product. The embedded implementation is
 * Apache Lucene ({@link dev.loket.catalogue.search.ProductSearchIndex#inMemory()}); a national
 * catalogue can put OpenSearch behind the same two interfaces (see {@code docs/catalogue.md}).
 */
package dev.loket.catalogue.search;
