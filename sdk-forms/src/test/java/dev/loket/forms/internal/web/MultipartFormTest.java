package dev.loket.forms.internal.web;

import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import jakarta.ws.rs.core.EntityPart;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartFormTest {

    @Test
    void refusesPartsThatTogetherHoldMoreThanTheLimitEachWithinItsOwn() {
        int thirtyMiB = 30 * 1024 * 1024;
        List<EntityPart> parts = List.of(file("/a", thirtyMiB), file("/b", thirtyMiB), file("/c", thirtyMiB));

        assertThatThrownBy(() -> MultipartForm.read(parts, Map.of()))
                .isInstanceOfSatisfying(LoketException.class, e -> org.assertj.core.api.Assertions.assertThat(e.type())
                        .isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    /** A file part of this many zero bytes, made as they are read. */
    private static EntityPart file(String field, long size) {
        return (EntityPart) Proxy.newProxyInstance(MultipartFormTest.class.getClassLoader(), new Class<?>[]{EntityPart.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> field;
                    case "getFileName" -> Optional.of("scan.pdf");
                    case "getMediaType" -> null;
                    case "getContent" -> zeros(size);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
    }
}
