package brussels.maillage.directory.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.demo.DemoWords.Commune;

/**
 * The demo generator's draws from its one random stream, in the order it makes them, so
 * that a seed always gives the same directory.
 */
final class DemoDraws {

	private final Random random;

	DemoDraws(Random random) {
		this.random = random;
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	/** A place on a real street of the commune, near its centre. */
	ServiceLocation location(Commune commune, boolean confidential) {
		double lat = commune.lat() + (this.random.nextDouble() - 0.5) * 0.008;
		double lon = commune.lon() + (this.random.nextDouble() - 0.5) * 0.012;
		return new ServiceLocation(uuid(), null, pick(commune.streets()) + " " + (1 + this.random.nextInt(180)),
				commune.postcode(), commune.fr(), commune.nis(), Math.round(lat * 1e6) / 1e6,
				Math.round(lon * 1e6) / 1e6, confidential);
	}

	/** Monday to Friday from {@code opens} to {@code closes} o'clock. */
	static List<OpeningHours> weekdays(int opens, int closes) {
		List<OpeningHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new OpeningHours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
		}
		return hours;
	}

	/** A Brussels phone number. */
	String phone() {
		return "02 %03d %02d %02d".formatted(200 + this.random.nextInt(700), this.random.nextInt(100),
				this.random.nextInt(100));
	}

	/** A version-4 UUID from this stream. */
	UUID uuid() {
		long high = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/** One of the values. */
	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
