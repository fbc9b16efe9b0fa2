package brussels.maillage.directory.exchange;

/**
 * What to export: the format, the language of the texts, and a search (the whole
 * directory when no search field is given).
 *
 * @param format the file format
 * @param language language of the texts: fr, nl or en
 * @param q words searched, or empty
 * @param theme theme code, or empty
 * @param postcode the person's postcode, or empty
 * @param commune NIS code of the person's commune, or empty
 * @param bassin the person's bassin code, or empty
 */
record ExportRequest(String format, String language, String q, String theme, String postcode, String commune,
		String bassin) {

	public ExportRequest {
		format = clean(format);
		language = clean(language);
		q = clean(q);
		theme = clean(theme);
		postcode = clean(postcode);
		commune = clean(commune);
		bassin = clean(bassin);
	}

	/** Whether a search narrows the export. */
	public boolean isSearch() {
		return !q.isEmpty() || !theme.isEmpty() || !postcode.isEmpty() || !commune.isEmpty() || !bassin.isEmpty();
	}

	static ExportRequest empty() {
		return new ExportRequest("HSDS", "fr", null, null, null, null, null);
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
