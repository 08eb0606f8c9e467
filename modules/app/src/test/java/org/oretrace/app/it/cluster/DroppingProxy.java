package org.oretrace.app.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the IMAP server that cuts the next {@code drops} connections on which more than
 * {@code afterBytes} go from the server to the client (a poll of an empty inbox is far smaller and passes): the application's IMAP fetch loses its connection in the
 * middle of a message's attachments, as when a mail server restarts or a network path fails.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final long afterBytes;
    private final AtomicInteger dropsLeft;
    final AtomicInteger dropped = new AtomicInteger();

    DroppingProxy(int port, int target, long afterBytes, int drops) throws IOException {
        this.server = new ServerSocket();
        this.server.setReuseAddress(true);
        this.server.bind(new InetSocketAddress("127.0.0.1", port));
        this.target = target;
        this.afterBytes = afterBytes;
        this.dropsLeft = new AtomicInteger(drops);
        Thread accept = new Thread(this::accept, "imap-dropping-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /** From now on, cut the next {@code drops} connections again. */
    void dropNext(int drops) {
        dropsLeft.set(drops);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket("127.0.0.1", target);
                pump(client.getInputStream(), upstream.getOutputStream(), false, client, upstream);
                pump(upstream.getInputStream(), client.getOutputStream(), true, client, upstream);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean downstream, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            long total = 0;
            boolean droppable = downstream;
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                    total += n;
                    if (droppable && total > afterBytes && dropsLeft.getAndUpdate(d -> Math.max(0, d - 1)) > 0) {
                        dropped.incrementAndGet();
                        break;
                    }
                    droppable &= total <= afterBytes;
                }
            } catch (IOException ignored) {
                // the other side went away
            } finally {
                close(a);
                close(b);
            }
        }, "imap-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
