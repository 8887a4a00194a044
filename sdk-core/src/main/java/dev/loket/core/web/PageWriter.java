package dev.loket.core.web;

import dev.loket.core.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a {@link Page} as HTML in the language of the request. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageWriter implements MessageBodyWriter<Page> {

    private final Pages pages = new Pages();
    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Context
    private HttpServletRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Language language = languages.of(request);
        String csrfToken = CsrfProtection.tokenFor(request);
        CsrfProtection.newCookie(request).ifPresent(cookie -> headers.add(HttpHeaders.SET_COOKIE, cookie));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
        String html = pages.render(page, language, Map.of(
                "lang", language.tag(),
                "otherLang", (language == Language.NL ? Language.EN : Language.NL).tag(),
                "csrfToken", csrfToken,
                "csrfField", CsrfProtection.FIELD,
                "base", request.getContextPath(),
                "currentPath", currentPath(request)));
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the language switch returns to: this page, without the one-off {@code lang} parameter. */
    private static String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
