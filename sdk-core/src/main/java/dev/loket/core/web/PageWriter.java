package dev.loket.core.web;

import dev.loket.core.Language;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Page} as HTML in the language of the request, with what the shared layout shows on
 * every page: the agency's name ({@value #AGENCY_NAME_SETTING}) and, through the application's
 * {@link PageLogin}, who is logged in.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageWriter implements MessageBodyWriter<Page> {

    /** MicroProfile Config: the name of the agency whose portal this is, shown in every page's header. */
    public static final String AGENCY_NAME_SETTING = "loket.agency.name";

    private final Pages pages = new Pages();
    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();
    private final Optional<String> agencyName = ConfigProvider.getConfig()
            .getOptionalValue(AGENCY_NAME_SETTING, String.class).map(String::strip).filter(s -> !s.isEmpty());

    @Inject
    Instance<PageLogin> login;

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
        Map<String, Object> common = new HashMap<>(Map.of(
                "lang", language.tag(),
                "otherLang", (language == Language.NL ? Language.EN : Language.NL).tag(),
                "csrfToken", csrfToken,
                "csrfField", CsrfProtection.FIELD,
                "base", Requests.base(uri),
                "currentPath", Requests.path(uri)));
        agencyName.ifPresent(name -> common.put("agencyName", name));
        loggedIn().ifPresent(person -> {
            common.put("loggedIn", true);
            person.name().ifPresent(name -> common.put("loggedInName", name));
        });
        String html = pages.render(page, language, common);
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<PageLogin.LoggedIn> loggedIn() {
        return login != null && login.isResolvable() ? login.get().loggedIn() : Optional.empty();
    }
}
