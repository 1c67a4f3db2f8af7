package org.lmsexchange.ews.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.http.HttpEntity;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.entity.HttpEntityWrapper;
import org.apache.http.protocol.HttpContext;

/**
 * Counts an answer's body towards its {@link RequestLimits} after decompression: a small gzip body can unpack to
 * gigabytes. Runs as the client's last response interceptor, after Apache HttpClient has put its decompressing entity
 * in place (gzip, x-gzip, deflate) and removed the Content-Encoding header.
 */
final class DecodedSizeCap implements HttpResponseInterceptor {

    private final RequestLimits limits;

    DecodedSizeCap(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void process(HttpResponse response, HttpContext context) {
        // an encoding HttpClient left alone (one it does not know, or an empty body) would otherwise be unpacked by
        // ews-java-api itself, which wraps anything naming gzip or deflate in a GZIPInputStream, past this cap
        response.removeHeaders(HttpHeaders.CONTENT_ENCODING);
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            response.setEntity(new CountedEntity(entity));
        }
    }

    private final class CountedEntity extends HttpEntityWrapper {

        CountedEntity(HttpEntity entity) {
            super(entity);
        }

        @Override
        public InputStream getContent() throws IOException {
            return new CountedInput(super.getContent());
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            getContent().transferTo(out);
        }
    }

    private final class CountedInput extends FilterInputStream {

        CountedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                limits.decoded(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                limits.decoded(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            limits.decoded((int) Math.min(Integer.MAX_VALUE, skipped));
            return skipped;
        }
    }
}
