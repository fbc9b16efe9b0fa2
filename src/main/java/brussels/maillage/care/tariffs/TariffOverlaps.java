package brussels.maillage.care.tariffs;

/**
 * A tariff refused because its period overlaps another tariff of its type.
 */
class TariffOverlaps extends RuntimeException {

	private final Tariff other;

	TariffOverlaps(Tariff other) {
		super("overlaps another tariff");
		this.other = other;
	}

	/** The tariff it overlaps, or {@code null} when the database refused it. */
	Tariff other() {
		return this.other;
	}

}
