package dev.loket.catalogue.store;

import dev.loket.catalogue.Product;

/**
 * Where a reader of an exchange format puts what it read: each product it could read, and each
 * record it could not, with the reason. Records are numbered in the order of these calls.
 */
public interface ProductSink {

    /** Takes a product; returns false (and records why) when it is rejected. */
    boolean add(Product product);

    /** Records a record that the reader could not turn into a product. */
    void reject(Rejection rejection);
}
