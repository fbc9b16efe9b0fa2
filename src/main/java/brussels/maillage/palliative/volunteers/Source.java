package brussels.maillage.palliative.volunteers;

/** How a candidate heard of the platform. */
enum Source {

	WEBSITE, EVENT, PARTNER, WORD_OF_MOUTH, OTHER

}
