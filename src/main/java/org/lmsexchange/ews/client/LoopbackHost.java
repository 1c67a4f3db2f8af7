package org.lmsexchange.ews.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a URL's host is this machine, for the plain-http guard. Decided on the addresses the name resolves to, not
 * on how it is spelt: {@code 127.attacker.example} or {@code 127.0.0.1.nip.io} are names anyone can point anywhere.
 * Only a host whose every address is a loopback address counts (a literal 127.x.y.z or ::1 resolves to itself,
 * localhost to the loopback addresses); a name that does not resolve cannot be shown to be this machine.
 */
final class LoopbackHost {

    private LoopbackHost() {
    }

    /** Empty when {@code host} is this machine; else why it is not, e.g. "host 'mail.example.com' is 192.0.2.7". */
    static Optional<String> check(String host) {
        // URI.getHost() keeps the brackets of an IPv6 literal
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            return Optional.of("host '" + host + "' does not resolve, so it cannot be shown to be this machine");
        }
        if (Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            return Optional.empty();
        }
        return Optional.of("host '" + host + "' is " + Arrays.stream(addresses).map(InetAddress::getHostAddress)
                .collect(Collectors.joining(", ")));
    }
}
