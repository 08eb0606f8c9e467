package org.oretrace.app.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.oretrace.kernel.InputLimits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No API request body is read beyond its limit: 10 MB for JSON and other bodies (a bulk supplier list of
 * 10,000 suppliers is about 5 MB), 210 MB for multipart uploads (each endpoint then limits its file; intake's
 * batch path {@code declarations/batches}: its {@code oretrace.intake.max-batch-bytes} plus 1 MB). A
 * declared Content-Length over the limit is answered 413 before anything is read; a body without one is
 * counted while it is read.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    static final long MAX_BODY = 10L << 20;
    static final long MAX_MULTIPART = 210L << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType());
        long max = !multipart ? MAX_BODY
                // intake's batch path takes one zip of many CMRTs, streamed to disk; it limits the zip itself
                : request.getUriInfo().getPath().endsWith("declarations/batches") ? batchLimit() : MAX_MULTIPART;
        String what = "The request body";
        if (request.getLength() > max) {
            throw new InputLimits.TooLargeException(what + " is larger than " + (max >> 20) + " MB");
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), max));
        }
    }

    /** intake's {@code oretrace.intake.max-batch-bytes} and 1 MB for the multipart framing and fields. */
    static long batchLimit() {
        long batch = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("oretrace.intake.max-batch-bytes", Long.class).orElse(1L << 30);
        return Math.max(MAX_MULTIPART, batch + (1L << 20));
    }

    /** Counts what is read and refuses the byte past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
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
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new InputLimits.TooLargeException("The request body is larger than " + (max >> 20) + " MB");
            }
        }
    }
}
