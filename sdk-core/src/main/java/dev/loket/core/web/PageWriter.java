package dev.loket.core.web;

import dev.loket.core.Language;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
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
    private HttpHeaders requestHeaders;

    @Context
    private UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Language language = languages.of(requestHeaders, uri);
        String csrfToken = CsrfProtection.tokenOf(requestHeaders.getCookies()).orElseGet(() -> {
            String issued = CsrfProtection.newToken();
            headers.add(HttpHeaders.SET_COOKIE, CsrfProtection.cookie(issued, uri));
            return issued;
        });
        headers.putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
        String html = pages.render(page, language, Map.of(
                "lang", language.tag(),
                "otherLang", (language == Language.NL ? Language.EN : Language.NL).tag(),
                "csrfToken", csrfToken,
                "csrfField", CsrfProtection.FIELD,
                "base", Requests.base(uri),
                "currentPath", Requests.path(uri)));
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }
}
