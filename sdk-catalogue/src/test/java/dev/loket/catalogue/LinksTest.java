package dev.loket.catalogue;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    @Test
    void aWebLinkIsHttpsWithAHostOrHttpWhereAllowed() {
        assertThat(Links.isWebLink(URI.create("https://www.utrecht.nl/paspoort"), false)).isTrue();
        assertThat(Links.isWebLink(URI.create("HTTPS://www.utrecht.nl/"), false)).isTrue();
        assertThat(Links.isWebLink(URI.create("http://www.utrecht.nl/"), false)).isFalse();
        assertThat(Links.isWebLink(URI.create("http://www.utrecht.nl/"), true)).isTrue();
    }

    @Test
    void scriptDataAndOtherSchemesAreNeverWebLinks() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript://www.utrecht.nl/%0Aalert(1)",
                "data:text/html,<b>x</b>", "vbscript:msgbox", "file:///etc/passwd", "ftp://x.nl/f", "mailto:a@b.nl",
                "https:opaque", "//www.utrecht.nl/relative", "/relative", "https:///no-host"}) {
            assertThat(Links.isWebLink(URI.create(url.replace("<", "%3C").replace(">", "%3E")))).as(url).isFalse();
        }
    }
}
