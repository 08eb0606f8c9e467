package org.oretrace.kernel.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server that answers "550 no such user" for one address and accepts the rest, as a
 * real server does for a mailbox that no longer exists. GreenMail accepts every recipient. Used by the
 * outreach tests and the application's integration tests.
 */
public final class RejectingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rejected;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private RejectingSmtpServer(String rejected, int port) throws IOException {
        this.rejected = rejected.toLowerCase(Locale.ROOT);
        this.socket = new ServerSocket();
        // the port may just have been given up by another SMTP server (GreenMail) of the same test run
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        this.thread = new Thread(this::serve, "rejecting-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** On a free port. */
    public static RejectingSmtpServer start(String rejectedAddress) throws IOException {
        return new RejectingSmtpServer(rejectedAddress, 0);
    }

    /** On the port where the application under test sends its mail. */
    public static RejectingSmtpServer start(String rejectedAddress, int port) throws IOException {
        return new RejectingSmtpServer(rejectedAddress, port);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Recipients of the messages accepted so far. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                converse(in, out);
            } catch (IOException closed) {
                // the test ended or the client hung up
            }
        }
    }

    private void converse(BufferedReader in, PrintWriter out) throws IOException {
        reply(out, "220 localhost ESMTP test");
        List<String> recipients = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 localhost");
            } else if (command.startsWith("MAIL FROM")) {
                recipients.clear();
                reply(out, "250 OK");
            } else if (command.startsWith("RCPT TO")) {
                String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                if (address.equals(rejected)) {
                    reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                } else {
                    recipients.add(address);
                    reply(out, "250 OK");
                }
            } else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message body is not needed
                }
                delivered.addAll(recipients);
                reply(out, "250 OK queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
