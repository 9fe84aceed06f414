package be.brussels.mediation.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void anIpv4ClientIsItsAddress() {
		assertThat(ClientAddress.key("198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(ClientAddress.key("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
	}

	@Test
	void anIpv6ClientIsItsSlash64NetworkHoweverTheAddressIsWritten() {
		assertThat(ClientAddress.key("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("[2001:db8:1:2::9]")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8:1:2::9%eth0")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
	}

}
