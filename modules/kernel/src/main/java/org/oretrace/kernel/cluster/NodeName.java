package org.oretrace.kernel.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** The name of this JVM among the nodes: host, process id and a random part. */
final class NodeName {

    static final String VALUE = host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

    private NodeName() {
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
