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
		InetAddress parsed = literal(address);
		if (parsed == null) {
			return address;
		}
		return (parsed instanceof Inet6Address) ? masked(parsed, IPV6_NETWORK_BYTES) + "/64" : parsed.getHostAddress();
	}

	/**
	 * The network of an address, keeping so many of its first bytes: {@code 192.0.2.0}
	 * for {@code 192.0.2.77} keeping 3 (IPv4), {@code 2001:db8:1234::} for
	 * {@code 2001:db8:1234:5678::1} keeping 6 (IPv6); {@code null} for what is no literal
	 * address (no name is ever looked up).
	 */
	public static String network(String address, int ipv4Bytes, int ipv6Bytes) {
		InetAddress parsed = (address != null && address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"))
				? literal(address) : null;
		return (parsed == null) ? null : masked(parsed, (parsed instanceof Inet6Address) ? ipv6Bytes : ipv4Bytes);
	}

	/**
	 * The address written as digits, parsed without looking any name up; {@code null} if
	 * it is none.
	 */
	private static InetAddress literal(String address) {
		try {
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static String masked(InetAddress address, int kept) {
		byte[] bytes = address.getAddress();
		Arrays.fill(bytes, kept, bytes.length, (byte) 0);
		try {
			return InetAddress.getByAddress(bytes).getHostAddress().replaceFirst("(:0)+$", "::");
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
