package brussels.maillage.palliative.volunteers;

/**
 * The completion rule of training cycles, a setting written {@code attended/outOf}
 * ({@code 8/10}: eight days of ten): the days a volunteer attends to be trained in a
 * cycle of {@code n} days is {@code ceil(n × attended ÷ outOf)}.
 *
 * @param attended days attended
 * @param outOf of so many days
 */
record CompletionRule(int attended, int outOf) {

	CompletionRule {
		if (outOf < 1 || attended < 1 || attended > outOf) {
			throw new IllegalArgumentException("A completion rule is a/b with 1 <= a <= b, for example 8/10");
		}
	}

	static CompletionRule parse(String setting) {
		String[] parts = setting.strip().split("/");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A completion rule is written a/b, for example 8/10: " + setting);
		}
		return new CompletionRule(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
	}

	/** The days to attend in a cycle of {@code sessions} days. */
	int required(int sessions) {
		return Math.max(1, (sessions * this.attended + this.outOf - 1) / this.outOf);
	}

}
