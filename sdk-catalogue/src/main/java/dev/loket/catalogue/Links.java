package dev.loket.catalogue;

import dev.loket.core.FieldError;
import dev.loket.core.Message;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a product's URLs may become a link people click: a channel's web page and a law's text.
 * Only {@code https} (and {@code http} where the catalogue allows it) with a host: a
 * {@code javascript:} or {@code data:} URL would run in the reader's page, and other schemes open
 * applications the reader did not choose. Checked when a product comes in, and again when a page
 * or API shows one, for products stored before the check or loaded by a harvest.
 */
public final class Links {

    private Links() {
    }

    /** Whether {@code url} may be shown as a link: absolute {@code http} or {@code https} with a host. */
    public static boolean isWebLink(URI url) {
        return isWebLink(url, true);
    }

    /** Whether {@code url} is an absolute {@code https} URL with a host, or {@code http} when {@code allowHttp}. */
    public static boolean isWebLink(URI url, boolean allowHttp) {
        if (url == null || !url.isAbsolute() || url.isOpaque() || url.getHost() == null || url.getHost().isEmpty()) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || allowHttp && scheme.equals("http");
    }

    /**
     * The product's URLs that may not be links, each as a field error with the JSON pointer of the URL
     * in the product's Loket JSON ({@code /channels/0/url}, {@code /legalResources/1/url}).
     */
    public static List<FieldError> unsafe(Product product, boolean allowHttp) {
        List<FieldError> errors = new ArrayList<>();
        List<ServiceChannel> channels = product.channels();
        for (int i = 0; i < channels.size(); i++) {
            URI url = channels.get(i).url().orElse(null);
            if (url != null && !isWebLink(url, allowHttp)) {
                errors.add(error("/channels/" + i + "/url", url, allowHttp));
            }
        }
        List<LegalResource> laws = product.legalResources();
        for (int i = 0; i < laws.size(); i++) {
            if (!isWebLink(laws.get(i).url(), allowHttp)) {
                errors.add(error("/legalResources/" + i + "/url", laws.get(i).url(), allowHttp));
            }
        }
        return errors;
    }

    private static FieldError error(String pointer, URI url, boolean allowHttp) {
        return new FieldError(pointer, Message.of(CatalogueProblems.BUNDLE,
                allowHttp ? "catalogue.link-not-web" : "catalogue.link-not-https", url.toString()));
    }
}
