package dev.loket.forms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Makes the application's forms available to CDI, from {@code loket.forms.definitions}: a
 * comma-separated list of class-path resources such as {@code forms/verhuizing.json}.
 */
@ApplicationScoped
public class FormCatalogProducer {

    /** A singleton, not application-scoped: the catalog is immutable and needs no proxy. */
    @Produces
    @Singleton
    FormCatalog catalog(@ConfigProperty(name = "loket.forms.definitions") Optional<List<String>> definitions) {
        return FormCatalog.fromClassPath(definitions.orElse(List.of()));
    }
}
