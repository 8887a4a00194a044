package dev.loket.core.web;

import dev.loket.core.Language;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Map;

/**
 * Renders page templates with Thymeleaf. Templates live on the class path under
 * {@code templates/}; texts come from a {@code .properties} bundle next to each template
 * ({@code home.properties} in Dutch, {@code home_en.properties} in English), so a module's pages
 * and texts travel together. Output is HTML-escaped unless a template explicitly says otherwise.
 */
public final class Pages {

    private final TemplateEngine engine;

    public Pages() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public String render(Page page, Language language, Map<String, Object> common) {
        Context context = new Context(language.locale());
        context.setVariables(common);
        context.setVariables(page.model());
        return engine.process(page.template(), context);
    }
}
