package be.brussels.mediation.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, as per-client limits count it. The address is the peer's, or,
 * when the peer is a proxy named in {@code MEDIATION_TRUSTED_PROXIES}, the one that proxy
 * forwards (Tomcat's remote IP valve works it out). An IPv6 client is counted by its /64
 * network: a home or a phone gets a whole /64 and can pick any address in it.
 */
public final class ClientAddress {

	private static final int IPV6_NETWORK_BYTES = 8;

	private ClientAddress() {
	}

	/**
	 * The key under which the request's client is counted: its IPv4 address, or its IPv6
	 * network as {@code 2001:db8:1:2::/64}.
	 */
	public static String key(HttpServletRequest request) {
		return key(request.getRemoteAddr());
	}

	/**
	 * The key under which a client of that address is counted.
	 */
	public static String key(String forwarded) {
		// As a proxy may write it: [2001:db8::1], or with a zone, fe80::1%eth0.
		String address = (forwarded != null) ? forwarded.replaceAll("^\\[|\\]$|%.*$", "") : null;
		if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.%\\w]+")) {
			return String.valueOf(address);
		}
		try {
			// A literal address: no name is looked up.
			InetAddress parsed = InetAddress.getByName(address);
			if (!(parsed instanceof Inet6Address)) {
				return parsed.getHostAddress();
			}
			byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
			Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
			String prefix = InetAddress.getByAddress(network).getHostAddress();
			return prefix.replaceFirst("(:0)+$", "::") + "/64";
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
