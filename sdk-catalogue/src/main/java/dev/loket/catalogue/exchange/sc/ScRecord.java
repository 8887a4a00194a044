package dev.loket.catalogue.exchange.sc;

import java.util.ArrayList;
import java.util.List;

/** What one {@code scproduct} says, as read, before the model checks it. */
final class ScRecord {

    /** An OWMS value with its scheme and URI, such as {@code <overheid:authority scheme=... resourceIdentifier=...>Buren</...>}. */
    record Schemed(String scheme, String resource, String label) {
    }

    String identifier;
    String title;
    final List<String> languages = new ArrayList<>();
    String modified;
    final List<Schemed> spatial = new ArrayList<>();
    final List<Schemed> authorities = new ArrayList<>();
    final List<String> audiences = new ArrayList<>();
    final List<String> subjects = new ArrayList<>();
    String summary;
    String productId;
    String onlineApplication;
    String applicationUrl;
    final List<Schemed> uplNames = new ArrayList<>();
    final List<Schemed> relatedProducts = new ArrayList<>();
    final StringBuilder html = new StringBuilder();
}
