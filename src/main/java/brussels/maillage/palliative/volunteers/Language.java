package brussels.maillage.palliative.volunteers;

/** The language a candidate prefers. */
enum Language {

	FR, NL, EN, OTHER

}
