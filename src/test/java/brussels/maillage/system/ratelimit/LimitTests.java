package brussels.maillage.system.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limits as written in the settings, and the addresses clients are counted under. */
class LimitTests {

	@Test
	void readsCountsPerPeriodInBothDurationStyles() {
		assertThat(Limit.valueOf("30/1m")).isEqualTo(new Limit(30, Duration.ofMinutes(1)));
		assertThat(Limit.valueOf(" 60 / 1h ")).isEqualTo(new Limit(60, Duration.ofHours(1)));
		assertThat(Limit.valueOf("5/PT10M")).isEqualTo(new Limit(5, Duration.ofMinutes(10)));
	}

	@Test
	void readsZeroAsNoLimit() {
		assertThat(Limit.valueOf("0").on()).isFalse();
		assertThat(Limit.valueOf("0/1h").on()).isFalse();
		assertThat(Limit.valueOf("1/1h").on()).isTrue();
	}

	@Test
	void rejectsWhatIsNotACountPerPeriodSayingHowToWriteIt() {
		for (String wrong : new String[] { "30", "thirty/1m", "30/soon", "-1/1m", "30/0s", "" }) {
			assertThatThrownBy(() -> Limit.valueOf(wrong)).as(wrong)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("COUNT/PERIOD");
		}
	}

	@Test
	void countsAnIpv4AddressAsItIs() {
		assertThat(ClientAddress.normalize("192.0.2.17")).isEqualTo("192.0.2.17");
		assertThat(ClientAddress.normalize("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
	}

	@Test
	void countsAnIpv6AddressForItsSlash64() {
		String network = ClientAddress.normalize("2001:db8:1:2:3:4:5:6");
		assertThat(network).isEqualTo(ClientAddress.normalize("[2001:db8:1:2::ffff]"))
			.isEqualTo(ClientAddress.normalize("2001:db8:1:2::1%eth0"))
			.isNotEqualTo(ClientAddress.normalize("2001:db8:1:3::1"))
			.endsWith("/64");
	}

}
