package brussels.maillage.directory.services;

/**
 * One result of the search page, every text ready to show in the page's language.
 *
 * @param anchor the element's id ({@code hit-3})
 * @param number its number in the whole list, from 1 (the map's marker)
 * @param latitude latitude of its first public address, or {@code null}
 * @param longitude longitude of its first public address, or {@code null}
 * @param href the link to its page
 * @param name its name, or {@code null} when it has none to show
 * @param nameLanguage the language of the name when it is not the page's (a translation
 * is missing), else {@code null}
 * @param translationMissing the notice shown after a name in another language
 * @param organization the organisation providing it
 * @param kind label of its kind
 * @param cost label of its cost
 * @param accessible whether its cost is free or low-threshold
 * @param status label of its status when it is not active, else {@code null}
 * @param address its first public address, or {@code null}
 * @param proximity why it is there (the level of its area that covers the place)
 * @param distance its distance ("à 1,2 km"), or {@code null}
 * @param synonym the synonym it was found by, or {@code null}
 * @param approximate the notice of a match by similar spelling, or {@code null}
 * @param partial the notice of a match on part of the words, or {@code null}
 */
record ResultRow(String anchor, int number, Double latitude, Double longitude, String href, String name,
		String nameLanguage, String translationMissing, String organization, String kind, String cost,
		boolean accessible, String status, String address, String proximity, String distance, String synonym,
		String approximate, String partial) {
}
