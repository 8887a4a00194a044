package dev.loket.core.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every JSON request body, whatever reads it (Jackson, a {@code String}, an {@code InputStream}):
 * a body whose {@code Content-Length} is over the limit is refused before a byte is read, and a body
 * sent without one (chunked) is refused as soon as it grows past the limit while it is read. Without
 * this, a client could make the server read, parse and store a body of any size.
 *
 * <p>The limit is {@code loket.json.max-body-bytes} (default 1 MiB, the same as a form); the answer is a
 * {@code payload-too-large} problem (413).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyLimit implements ReaderInterceptor {

    /** The default limit: ample for a form's answers, far below what would strain memory. */
    public static final long DEFAULT_MAX_BYTES = 1L << 20;

    private final long maxBytes;

    public JsonBodyLimit() {
        this(ConfigProvider.getConfig().getOptionalValue("loket.json.max-body-bytes", Long.class)
                .orElse(DEFAULT_MAX_BYTES));
    }

    public JsonBodyLimit(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("loket.json.max-body-bytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBytes) {
            throw tooLarge();
        }
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** A length that is not a number is left to the container; only a length we can read can refuse early. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static LoketException tooLarge() {
        return new LoketException(ProblemType.PAYLOAD_TOO_LARGE,
                Message.of(Message.CORE_BUNDLE, "problem.payload-too-large.detail"));
    }

    /** Refuses to read past the limit. */
    static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long maxBytes) {
            super(in);
            this.left = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Read one byte past what is left, so a body of exactly the limit passes and one byte more does not.
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left + 1));
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) {
            left -= n;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }
}
